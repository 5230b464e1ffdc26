import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { eventDeleteInput } from '../../../core/lifecycle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';

type Values = z.input<typeof eventDeleteInput>;
type Output = z.output<typeof eventDeleteInput>;

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
  const [defaults] = useState<Values>({ id: eventId, reason: '' });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(eventDeleteInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('events.delete', values);
    if (result.ok) onDone();
    else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{t('lifecycle.deleteText')}</Text>
        <Textarea
          {...requiredLabel(t('lifecycle.deleteReason'))}
          autosize
          minRows={2}
          {...form.register('reason')}
          error={errorOf('reason')}
        />
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.formState.isSubmitting}>
            {t('lifecycle.confirmDelete')}
          </Button>
        </Group>
      </Stack>
    </form>
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
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('lifecycle.deleteTitle')}
        centered
      >
        {open && (
          <DeleteForm
            eventId={eventId}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              onDeleted?.();
            }}
          />
        )}
      </Modal>
    </>
  );
}
