import { Alert, Select } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { ExtensionRule } from '../../../core/lifecycle';
import { workingDaysText, calendarDaysText } from '../../../core/dates';
import { useLanguage } from '../../i18n/LanguageProvider';
import { requiredLabel } from '../../lib/requiredLabel';
import type { EventOutput, EventValues } from './eventForm';

interface Props {
  form: UseFormReturn<EventValues, unknown, EventOutput>;
  errorOf: (name: string) => string | undefined;
  /** The rule at the filing of the application extended; null before any filing. */
  rule: ExtensionRule | null;
}

/**
 * The extension's length is the rule version's, not the user's to type: the field offers
 * the length(s) the rule sets, with the rule cited, and says so where it sets none.
 */
export function ExtensionFields({ form, errorOf, rule }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const options = (rule?.allowed ?? []).map((a) => ({
    value: String(a.n),
    label: (a.unit === 'working' ? workingDaysText : calendarDaysText)(a.n, lang),
  }));
  return (
    <>
      <Controller
        control={form.control}
        name="workingDays"
        render={({ field }) => (
          <Select
            {...requiredLabel(t('events.extensionLength'))}
            description={
              rule?.allowed.length
                ? t('events.extensionRule', { cite: rule.cite[lang], filed: rule.filed })
                : undefined
            }
            data={options}
            value={typeof field.value === 'number' ? String(field.value) : null}
            onChange={(v) => field.onChange(v ? Number(v) : undefined)}
            onBlur={field.onBlur}
            allowDeselect={false}
            maw={320}
            error={errorOf('workingDays')}
          />
        )}
      />
      {rule && rule.allowed.length === 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('events.extensionNoneHint', { cite: rule.cite[lang] })}
        </Alert>
      )}
    </>
  );
}
