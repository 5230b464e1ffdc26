import { FileInput, Select, Textarea, TextInput } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { DECISION_OUTCOMES } from '../../../core/lifecycle';
import { requiredLabel } from '../../lib/requiredLabel';
import type { EventOutput, EventValues } from './eventForm';

interface Props {
  form: UseFormReturn<EventValues, unknown, EventOutput>;
  errorOf: (name: string) => string | undefined;
  /** The decision's document chosen to attach on saving; null for none. */
  file: File | null;
  onFile: (file: File | null) => void;
  /** Names of the documents the decision has already. */
  attached: string[];
}

/**
 * What the authority decided: the outcome, chosen by the user (none is preselected), the
 * decision's number (文号), the reasons (required for a refusal) and, optionally, the
 * decision itself as a file, attached under the event once it is saved.
 */
export function DecisionFields({ form, errorOf, file, onFile, attached }: Props) {
  const { t } = useTranslation();
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  return (
    <>
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <Select
            {...requiredLabel(t('lifecycle.outcome'))}
            placeholder={t('events.outcomePlaceholder')}
            data={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`lifecycle.outcomes.${o}`) }))}
            value={(field.value as string | undefined) ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            onBlur={field.onBlur}
            allowDeselect={false}
            error={errorOf('outcome')}
          />
        )}
      />
      <TextInput
        {...requiredLabel(t('events.decisionNo'))}
        placeholder={t('events.decisionNoPlaceholder')}
        {...form.register('decisionNo')}
        error={errorOf('decisionNo')}
      />
      <Textarea
        {...requiredLabel(t('lifecycle.reasons'), outcome === 'refused')}
        autosize
        minRows={2}
        {...form.register('reasons')}
        error={errorOf('reasons')}
      />
      <FileInput
        label={t('events.document')}
        description={
          attached.length
            ? t('events.documentAttached', { names: attached.join(t('events.nameSeparator')) })
            : t('events.documentHint')
        }
        placeholder={t('events.documentPlaceholder')}
        leftSection={<IconFile size={16} aria-hidden />}
        clearable
        clearButtonProps={{ 'aria-label': t('events.documentClear') }}
        value={file}
        onChange={onFile}
      />
    </>
  );
}
