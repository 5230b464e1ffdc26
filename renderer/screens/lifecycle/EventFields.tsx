import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Controller, type UseFormReturn } from 'react-hook-form';
import {
  FILING_CHANNELS,
  type ExtensionRule,
  type LifecycleEventType,
} from '../../../core/lifecycle';
import { DateField } from '../../components/DateField';
import { requiredLabel } from '../../lib/requiredLabel';
import { DecisionFields } from './DecisionFields';
import type { EventOutput, EventValues } from './eventForm';
import { ExtensionFields } from './ExtensionFields';

interface Props {
  type: LifecycleEventType;
  form: UseFormReturn<EventValues, unknown, EventOutput>;
  errorOf: (name: string) => string | undefined;
  /** The rule of the application an extension belongs to. */
  extension: ExtensionRule | null;
  /** A decision's document: the file chosen, and those attached already. */
  decision: { file: File | null; onFile: (file: File | null) => void; attached: string[] };
}

/** The date and the fields of one event type, each validated by the core schema. */
export function EventFields({ type, form, errorOf, extension, decision }: Props) {
  const { t } = useTranslation();
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
      <DateField
        {...requiredLabel(t('lifecycle.date'))}
        control={form.control}
        name="date"
        // Narrow input, full-width message: a date's conflict names events and listings.
        styles={{ input: { maxWidth: 200 } }}
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
          <ExtensionFields form={form} errorOf={errorOf} rule={extension} />
          {reason(true)}
        </>
      )}
      {type === 'decided' && <DecisionFields form={form} errorOf={errorOf} {...decision} />}
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
