import { Button, Group, Select } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REGIME_IDS } from '../../../core/regimes';
import { reportFilters } from '../../../core/reports';
import { DateField } from '../../components/DateField';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useApiForm } from '../../lib/useApiForm';
import { NO_FILTERS, type Filters, type FilterValues } from './useReportFilters';
import { regimeName } from './views';

interface Props {
  /** What the URL selects now (the form starts from it). */
  value: Filters;
  authorities: string[];
  assignees: string[];
  onApply: (filters: Filters) => void;
}

/** "All" is a choice of its own, so a filter can be cleared from the keyboard. */
const ALL = '*';

/**
 * The reports' filters, checked with the backend's own schema: a choice applies at once,
 * typed dates when the form is submitted.
 */
export function ReportFiltersForm({ value, authorities, assignees, onApply }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { form, errorOf, handleSubmit } = useApiForm(reportFilters, value as FilterValues);
  const apply = handleSubmit((f) => onApply({ ...NO_FILTERS, ...f }));
  const all = { value: ALL, label: t('reports.all') };

  const choice = (
    name: 'regimeId' | 'authority' | 'assignee',
    options: { value: string; label: string }[],
    w: number,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`reports.${name === 'regimeId' ? 'regime' : name}`)}
          data={[all, ...options]}
          value={field.value || ALL}
          onChange={(v) => {
            form.setValue(name, (v === ALL || v === null ? '' : v) as never, {
              shouldValidate: true,
            });
            void apply();
          }}
          allowDeselect={false}
          searchable={options.length > 8}
          w={w}
        />
      )}
    />
  );

  const dateField = (name: 'from' | 'to') => (
    <DateField
      label={t(`reports.${name}`)}
      control={form.control}
      name={name}
      optional
      w={160}
      deps={name === 'from' ? ['to'] : undefined}
      error={errorOf(name)}
    />
  );

  return (
    <form onSubmit={(e) => void apply(e)} noValidate aria-label={t('reports.filtersLabel')}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        {dateField('from')}
        {dateField('to')}
        {choice(
          'regimeId',
          REGIME_IDS.map((id) => ({ value: id, label: regimeName(id, lang) })),
          280,
        )}
        {choice(
          'authority',
          authorities.map((a) => ({ value: a, label: a })),
          230,
        )}
        {choice(
          'assignee',
          assignees.map((a) => ({ value: a, label: a })),
          150,
        )}
        <Button type="submit" variant="light" mt={25}>
          {t('reports.show')}
        </Button>
        <Button
          variant="subtle"
          mt={25}
          onClick={() => {
            form.reset(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('reports.clear')}
        </Button>
      </Group>
    </form>
  );
}
