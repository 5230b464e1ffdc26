import { useState } from 'react';
import { Alert, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { eventAddInput, type CaseEventRecord } from '../../../core/lifecycle';
import type { CaseDetail } from '../../../core/types';
import { DialogForm } from '../../components/DialogForm';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';
import { EventFields } from './EventFields';
import { withoutCase, type EventOutput, type EventValues } from './eventForm';

interface Props {
  defaults: EventValues;
  /** The logged event being changed; absent when adding. */
  event?: CaseEventRecord;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
}

/**
 * One dated event, validated with the core schema. A filing the backend refuses as early
 * or incomplete (needs_override) shows why and asks for a written reason to file anyway.
 */
export function EventForm({ defaults, event, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, setApiError, fail } = useApiForm<EventValues, EventOutput>(
    eventAddInput,
    defaults,
  );
  const existingOverride =
    event?.type === 'filed' && event.overrideReason ? event.overrideReason : null;
  const [warning, setWarning] = useState<string | null>(null);
  const askOverride = warning !== null || existingOverride !== null;

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    if (askOverride && values.type === 'filed' && (values.overrideReason ?? '').trim() === '') {
      form.setError('overrideReason', { type: 'required', message: 'field.required' });
      return;
    }
    const result = event
      ? await call('events.update', { ...withoutCase(values), id: event.id })
      : await call('events.add', values);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    if (result.error.code === 'needs_override') {
      setWarning(result.error.message);
      return;
    }
    fail(result.error);
  });

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t('lifecycle.save')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <EventFields type={defaults.type} form={form} errorOf={errorOf} />
      {warning && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {warning}
        </Alert>
      )}
      {askOverride && (
        <Textarea
          {...requiredLabel(t('lifecycle.overrideReason'))}
          description={t('lifecycle.overrideHint')}
          autosize
          minRows={2}
          {...form.register('overrideReason')}
          error={errorOf('overrideReason')}
        />
      )}
    </DialogForm>
  );
}
