import { useMemo, useState } from 'react';
import { Alert, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import {
  eventAddInput,
  eventCaseContext,
  eventSchemaFor,
  extensionRule,
  filingWarning,
} from '../../../core/lifecycle';
import { encodeMessage, translateMessage } from '../../../core/messages';
import type { CaseDetail, CaseEventView } from '../../../core/types';
import { DialogForm } from '../../components/DialogForm';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';
import { attachDecision, sendEvent } from './saveEvent';
import { EventFields } from './EventFields';
import type { EventOutput, EventValues } from './eventForm';

interface Props {
  /** The case as last loaded: the event is checked against it as the user types. */
  detail: CaseDetail;
  defaults: EventValues;
  /** The logged event being changed; absent when adding. */
  event?: CaseEventView;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
}

/** A decision saved whose document did not attach: retried without saving the event again. */
interface Retry {
  values: string;
  detail: CaseDetail;
}

/**
 * One dated event, validated with the core schema refined against the case, so an
 * out-of-order date or a length the rule does not set shows at its field before saving.
 * A filing that is early or incomplete shows why, recomputed from the values as they
 * stand, and asks for a written reason to file anyway.
 */
export function EventForm({ detail, defaults, event, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  // Reloaded when the backend finds the case changed since it was loaded.
  const [facts, setFacts] = useState(detail);
  const [saved, setSaved] = useState<CaseEventView | undefined>(event);
  const [retry, setRetry] = useState<Retry | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const context = useMemo(() => eventCaseContext(facts, saved?.id), [facts, saved]);
  const schema = useMemo(() => eventSchemaFor(context, eventAddInput), [context]);
  const { form, errorOf, apiError, setApiError, fail, handleSubmit } = useApiForm<
    EventValues,
    EventOutput
  >(schema, defaults);
  const values = useWatch({ control: form.control });
  // The backend's own warning, kept only while the date it judged is still the one typed.
  const [server, setServer] = useState<{ date: string; message: string } | null>(null);
  const live = filingWarning(context, values);
  const warning = live
    ? translateMessage(encodeMessage(live.key, live.params), lang)
    : server && server.date === values.date
      ? server.message
      : null;
  const existingOverride =
    event?.type === 'filed' && event.overrideReason ? event.overrideReason : null;
  const askOverride = warning !== null || existingOverride !== null;
  const validDate = typeof values.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(values.date);
  const extension = extensionRule(context, validDate ? (values.date ?? null) : null);
  const attached = saved?.files.map((f) => f.filename) ?? [];

  const submit = handleSubmit(async (v) => {
    setApiError(null);
    if (askOverride && v.type === 'filed' && (v.overrideReason ?? '').trim() === '') {
      form.setError('overrideReason', { type: 'required', message: 'field.required' });
      return;
    }
    const sent =
      retry && retry.values === JSON.stringify(v)
        ? { ok: true as const, value: retry.detail }
        : await sendEvent(v, saved?.id);
    if (!sent.ok) {
      const { error } = sent;
      if (error.code === 'needs_override' || error.code === 'conflict') {
        // The case changed since it was loaded: judge the event against it as it is now.
        const fresh = await call('cases.get', { id: facts.id });
        if (fresh.ok) setFacts(fresh.value);
      }
      if (error.code === 'needs_override') setServer({ date: v.date, message: error.message });
      else fail(error);
      return;
    }
    if (v.type !== 'decided' || !file) return onSaved(sent.value);
    const attachedTo = await attachDecision(sent.value, saved?.id, file);
    if (attachedTo.ok) return onSaved(attachedTo.detail);
    // The decision is saved: keep the dialog on it, so the document can be tried again.
    setRetry({ values: JSON.stringify(v), detail: sent.value });
    setFacts(sent.value);
    setSaved(attachedTo.event);
    setApiError({
      code: attachedTo.error.code,
      message: t('events.documentNotAttached', { error: attachedTo.error.message }),
    });
  });

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={retry ? () => onSaved(retry.detail) : onCancel}
      submitLabel={t('lifecycle.save')}
      submitting={form.formState.isSubmitting}
      apiError={apiError}
    >
      <EventFields
        type={defaults.type}
        form={form}
        errorOf={errorOf}
        extension={extension}
        decision={{ file, onFile: setFile, attached }}
      />
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
