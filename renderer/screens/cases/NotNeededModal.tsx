import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { documentStatusInput } from '../../../core/documents';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';

type Values = z.input<typeof documentStatusInput>;
type Output = z.output<typeof documentStatusInput>;

export interface NotNeededTarget {
  caseId: number;
  documentId: string;
  name: string;
  note: string;
  validUntil: string;
}
type Target = NotNeededTarget;

function ReasonForm({
  target,
  onDone,
  onCancel,
}: {
  target: Target;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [defaults] = useState<Values>({
    caseId: target.caseId,
    documentId: target.documentId,
    status: 'notNeeded',
    note: target.note,
    validUntil: target.validUntil,
  });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(documentStatusInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('documents.set', values);
    if (result.ok) onDone();
    else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Textarea
          {...requiredLabel(t('documents.notNeededReason'))}
          autosize
          minRows={2}
          {...form.register('note')}
          error={errorOf('note')}
        />
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('documents.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Not needed" departs from the rule version's list, so it asks for the reason first. */
export function NotNeededModal({
  target,
  onClose,
  onSaved,
}: {
  target: Target | null;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('documents.notNeededTitle', { name: target.name }) : ''}
      centered
    >
      {target && (
        <ReasonForm
          target={target}
          onCancel={onClose}
          onDone={() => {
            onClose();
            onSaved?.();
          }}
        />
      )}
    </Modal>
  );
}
