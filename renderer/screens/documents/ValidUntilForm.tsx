import { useEffect, useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { documentStatusInput } from '../../../core/documents';
import type { ChecklistItem } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';

type Values = z.input<typeof documentStatusInput>;
type Output = z.output<typeof documentStatusInput>;

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
  const [defaults] = useState<Values>(values);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(documentStatusInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const { isDirty, isSubmitting } = form.formState;

  // The item changed elsewhere (status, another window): take its values unless being edited.
  const key = `${item.status}|${item.note}|${item.validUntil}`;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(values());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` sums up the item's values
  }, [key, form]);

  const submit = form.handleSubmit(async (v) => {
    setApiError(null);
    // Status and note as they are now: only the date is this form's to change.
    const result = await call('documents.set', {
      ...v,
      status: item.status,
      note: item.note,
    });
    if (result.ok) {
      form.reset({ ...values(), validUntil: v.validUntil ?? '' });
      onSaved?.();
    } else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('checklist.validUntil')}
          aria-label={t('checklist.validUntilOf', { name })}
          placeholder="YYYY-MM-DD"
          size="xs"
          w={150}
          disabled={disabled}
          {...form.register('validUntil')}
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
