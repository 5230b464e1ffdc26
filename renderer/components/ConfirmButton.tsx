import { useState } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props extends ButtonProps {
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  /** An accessible name when the visible label is the same on several buttons. */
  'aria-label'?: string;
}

/** A button that asks before doing something that hides or removes data (archive, remove). */
export function ConfirmButton({
  label,
  title,
  text,
  confirmLabel,
  onConfirm,
  'aria-label': ariaLabel,
  ...buttonProps
}: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button {...buttonProps} aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} centered>
        <Text mb="lg">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
