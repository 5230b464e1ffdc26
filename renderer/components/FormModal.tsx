import type { ReactNode } from 'react';
import { Modal } from '@mantine/core';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  centered?: boolean;
  /** Mantine's modal width: 'lg' for a form of several columns. */
  size?: string;
  children: ReactNode;
}

/**
 * A modal whose form is mounted only while it is open, so each opening starts from fresh
 * defaults instead of what was typed (or the error shown) the last time.
 */
export function FormModal({ opened, onClose, title, centered, size, children }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered={centered} size={size}>
      {opened && children}
    </Modal>
  );
}
