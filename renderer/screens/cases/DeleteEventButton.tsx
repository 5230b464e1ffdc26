import { useState } from 'react';
import { Button, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventDeleteInput } from '../../../core/lifecycle';
import { DialogForm } from '../../components/DialogForm';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';

interface Props {
  eventId: number;
  /** The accessible name: which event of which day. */
  label: string;
  disabled?: boolean;
  onDeleted?: () => void;
}

function DeleteForm({
  eventId,
  onDone,
  onCancel,
}: {
  eventId: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(eventDeleteInput, {
    id: eventId,
    reason: '',
  });
  const submit = submitWith((values) => call('events.delete', values), onDone);
  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('lifecycle.confirmDelete')}
      submitColor="red"
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <Text>{t('lifecycle.deleteText')}</Text>
      <Textarea
        {...requiredLabel(t('lifecycle.deleteReason'))}
        autosize
        minRows={2}
        {...form.register('reason')}
        error={errorOf('reason')}
      />
    </DialogForm>
  );
}

/** Deletes a logged event after asking why; the deletion and its reason go to the history. */
export function DeleteEventButton({ eventId, label, disabled, onDeleted }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        aria-label={label}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {t('lifecycle.delete')}
      </Button>
      <FormModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('lifecycle.deleteTitle')}
        centered
      >
        <DeleteForm
          eventId={eventId}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onDeleted?.();
          }}
        />
      </FormModal>
    </>
  );
}
