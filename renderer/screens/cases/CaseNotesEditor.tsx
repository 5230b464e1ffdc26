import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { caseUpdateInput } from '../../../core/schemas';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';

type Values = z.input<typeof caseUpdateInput>;
type Output = z.output<typeof caseUpdateInput>;

interface Props {
  detail: Pick<CaseDetail, 'id' | 'stage' | 'assignee' | 'notes'>;
  disabled?: boolean;
}

/** The case's notes, validated with the update schema and saved on request. */
export function CaseNotesEditor({ detail, disabled }: Props) {
  const { id: caseId, notes } = detail;
  const { t } = useTranslation();
  const [defaults] = useState<Values>({ id: caseId, notes });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(caseUpdateInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  // Notes changed elsewhere (another window) replace the text, unless the user is editing it.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ id: caseId, notes });
  }, [caseId, notes, form]);

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    setSaved(false);
    // A partial update: fields not sent stay as they are.
    const result = await call('cases.update', { id: values.id, notes: values.notes });
    if (result.ok) {
      form.reset({ id: values.id, notes: result.value.notes });
      setSaved(true);
    } else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('case.notes')}
          autosize
          minRows={3}
          disabled={disabled}
          {...form.register('notes')}
          error={errorOf('notes')}
        />
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          {saved && !form.formState.isDirty && (
            <Text size="sm" c="teal" role="status">
              {t('common.saved')}
            </Text>
          )}
          <Button
            type="submit"
            variant="light"
            disabled={disabled}
            loading={form.formState.isSubmitting}
          >
            {t('case.saveNotes')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
