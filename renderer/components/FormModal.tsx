import type { ReactNode } from 'react';
import { Modal } from '@mantine/core';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  centered?: boolean;
  children: ReactNode;
}

/**
 * A modal whose form is mounted only while it is open, so each opening starts from fresh
 * defaults instead of what was typed (or the error shown) the last time.
 */
export function FormModal({ opened, onClose, title, centered, children }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered={centered}>
      {opened && children}
    </Modal>
  );
}
