import { useEffect } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { documentStatusInput } from '../../../core/documents';
import type { ChecklistItem } from '../../../core/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';

type Values = z.input<typeof documentStatusInput>;

/** The last day a document is valid (YYYY-MM-DD, empty where it does not expire). */
export function ValidUntilForm({
  caseId,
  item,
  name,
  disabled,
  onSaved,
}: {
  caseId: number;
  item: ChecklistItem;
  name: string;
  disabled?: boolean;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const values = (): Values => ({
    caseId,
    documentId: item.documentId,
    status: item.status,
    note: item.note,
    validUntil: item.validUntil,
  });
  const { form, errorOf, apiError, submitWith } = useApiForm(documentStatusInput, values);
  const { isDirty, isSubmitting } = form.formState;

  // The item changed elsewhere (status, another window): take its values unless being edited.
  const key = `${item.status}|${item.note}|${item.validUntil}`;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(values());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` sums up the item's values
  }, [key, form]);

  const submit = submitWith(
    // Status and note as they are now: only the date is this form's to change.
    (v) => call('documents.set', { ...v, status: item.status, note: item.note }),
    (_saved, v) => {
      form.reset({ ...values(), validUntil: v.validUntil ?? '' });
      onSaved?.();
    },
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <DateField
          label={t('checklist.validUntil')}
          aria-label={t('checklist.validUntilOf', { name })}
          control={form.control}
          name="validUntil"
          optional
          size="xs"
          w={160}
          disabled={disabled}
          error={errorOf('validUntil')}
        />
        {isDirty && (
          <Button
            type="submit"
            size="compact-sm"
            variant="light"
            loading={isSubmitting}
            aria-label={t('checklist.saveDateOf', { name })}
            mb={errorOf('validUntil') ? 22 : 2}
          >
            {t('checklist.saveDate')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={apiError} />
    </form>
  );
}
