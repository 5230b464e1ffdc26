import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  DECISION_OUTCOMES,
  FILING_CHANNELS,
  type LifecycleEventType,
} from '../../../core/lifecycle';
import { requiredLabel } from '../../lib/requiredLabel';
import type { EventOutput, EventValues } from './eventForm';

interface Props {
  type: LifecycleEventType;
  form: UseFormReturn<EventValues, unknown, EventOutput>;
  errorOf: (name: string) => string | undefined;
}

/** The date and the fields of one event type, each validated by the core schema. */
export function EventFields({ type, form, errorOf }: Props) {
  const { t } = useTranslation();
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const reason = (required: boolean) => (
    <Textarea
      {...requiredLabel(t('lifecycle.reason'), required)}
      autosize
      minRows={2}
      {...form.register('reason')}
      error={errorOf('reason')}
    />
  );

  return (
    <>
      <TextInput
        {...requiredLabel(t('lifecycle.date'))}
        placeholder={t('lifecycle.datePlaceholder')}
        ff="monospace"
        maw={200}
        {...form.register('date')}
        error={errorOf('date')}
      />
      {type === 'filed' && (
        <>
          <Controller
            control={form.control}
            name="channel"
            render={({ field }) => (
              <Select
                {...requiredLabel(t('lifecycle.channel'))}
                data={FILING_CHANNELS.map((c) => ({
                  value: c,
                  label: t(`lifecycle.channels.${c}`),
                }))}
                value={(field.value as string | undefined) ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                allowDeselect={false}
                error={errorOf('channel')}
              />
            )}
          />
          <TextInput
            label={t('lifecycle.reference')}
            {...form.register('reference')}
            error={errorOf('reference')}
          />
        </>
      )}
      {type === 'refusedToAccept' && reason(true)}
      {type === 'supplementRequested' && (
        <Textarea
          {...requiredLabel(t('lifecycle.what'))}
          autosize
          minRows={2}
          {...form.register('what')}
          error={errorOf('what')}
        />
      )}
      {type === 'extension' && (
        <>
          <Controller
            control={form.control}
            name="workingDays"
            render={({ field }) => (
              <NumberInput
                {...requiredLabel(t('lifecycle.workingDays'))}
                min={1}
                max={60}
                allowDecimal={false}
                maw={200}
                value={(field.value as number | undefined) ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                onBlur={field.onBlur}
                error={errorOf('workingDays')}
              />
            )}
          />
          {reason(true)}
        </>
      )}
      {type === 'decided' && (
        <>
          <Controller
            control={form.control}
            name="outcome"
            render={({ field }) => (
              <Select
                {...requiredLabel(t('lifecycle.outcome'))}
                data={DECISION_OUTCOMES.map((o) => ({
                  value: o,
                  label: t(`lifecycle.outcomes.${o}`),
                }))}
                value={(field.value as string | undefined) ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                allowDeselect={false}
                error={errorOf('outcome')}
              />
            )}
          />
          <Textarea
            {...requiredLabel(t('lifecycle.reasons'), outcome === 'refused')}
            autosize
            minRows={2}
            {...form.register('reasons')}
            error={errorOf('reasons')}
          />
        </>
      )}
      {type === 'withdrawn' && reason(false)}
      {type === 'closed' && (
        <Textarea
          label={t('lifecycle.note')}
          autosize
          minRows={2}
          {...form.register('note')}
          error={errorOf('note')}
        />
      )}
    </>
  );
}
