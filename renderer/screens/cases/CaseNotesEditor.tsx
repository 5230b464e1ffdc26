import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseUpdateInput } from '../../../core/schemas';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';

interface Props {
  detail: Pick<CaseDetail, 'id' | 'stage' | 'assignee' | 'notes'>;
  disabled?: boolean;
}

/** The case's notes, validated with the update schema and saved on request; asks before unsaved notes are left. */
export function CaseNotesEditor({ detail, disabled }: Props) {
  const { id: caseId, notes } = detail;
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(caseUpdateInput, {
    id: caseId,
    notes,
  });
  const [saved, setSaved] = useState(false);
  useUnsavedChanges(form.formState.isDirty);

  // Notes changed elsewhere (another window) replace the text, unless the user is editing it.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ id: caseId, notes });
  }, [caseId, notes, form]);

  const submit = submitWith(
    (values) => {
      setSaved(false);
      // A partial update: fields not sent stay as they are.
      return call('cases.update', { id: values.id, notes: values.notes });
    },
    (saved, values) => {
      form.reset({ id: values.id, notes: saved.notes });
      setSaved(true);
    },
  );

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
