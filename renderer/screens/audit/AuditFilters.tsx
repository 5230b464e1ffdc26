import { Button, Group, Select } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  auditFilter,
  caseLabel,
  HISTORY_ACTIONS,
  HISTORY_ENTITIES,
  type AuditFilter,
} from '../../../core/audit';
import { translateMessage } from '../../../core/messages';
import type { CaseSummary } from '../../../core/types';
import { DateField } from '../../components/DateField';
import { SearchSelect } from '../../components/SearchSelect';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useApiForm } from '../../lib/useApiForm';

type Values = z.input<typeof auditFilter>;

interface Props {
  /** The people the history names. */
  actors: string[];
  onApply: (filter: AuditFilter) => void;
}

const EMPTY: Values = { from: '', to: '' };
/** "All" is a choice of its own, so a filter can be cleared from the keyboard. */
const ALL = '*';
const pick = (v: string | null) => (v === null || v === ALL ? undefined : v);

/**
 * The audit log's filters, checked with the backend's own schema as the user types: a
 * choice applies at once, typed dates when the form is submitted.
 */
export function AuditFilters({ actors, onApply }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { form, errorOf, handleSubmit } = useApiForm(auditFilter, EMPTY);
  const apply = handleSubmit(onApply);
  const all = { value: ALL, label: t('audit.all') };
  /** Sets a field and shows the selection (when the whole form is valid). */
  const choose = <K extends keyof Values>(name: K, value: Values[K]) => {
    form.setValue(name, value as never, { shouldValidate: true });
    void apply();
  };

  const dateField = (name: 'from' | 'to') => (
    <DateField
      label={t(`audit.${name}`)}
      control={form.control}
      name={name}
      optional
      w={160}
      deps={name === 'from' ? ['to'] : undefined}
      error={errorOf(name)}
    />
  );

  /** A record or an action to show, or all; named as the CSV export names them. */
  const kindSelect = (name: 'entity' | 'action', values: readonly string[], w: number) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`audit.${name}`)}
          data={[
            all,
            ...values.map((v) => ({
              value: v,
              label: translateMessage(`audit.${name}.${v}`, lang),
            })),
          ]}
          value={field.value ?? ALL}
          onChange={(v) => choose(name, pick(v) as Values[typeof name])}
          allowDeselect={false}
          w={w}
        />
      )}
    />
  );

  return (
    <form onSubmit={(e) => void apply(e)} noValidate aria-label={t('audit.filtersLabel')}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Controller
          control={form.control}
          name="actor"
          render={({ field }) => (
            <Select
              label={t('audit.person')}
              data={[
                { value: ALL, label: t('audit.allPeople') },
                ...actors.map((a) => ({ value: a, label: a })),
              ]}
              value={field.value ?? ALL}
              onChange={(v) => choose('actor', pick(v))}
              allowDeselect={false}
              w={170}
            />
          )}
        />
        <Controller
          control={form.control}
          name="clientId"
          render={({ field }) => (
            <SearchSelect<{ id: number; name: string; idNumber: string }>
              channel="clients.list"
              label={t('audit.client')}
              placeholder={t('audit.clientPlaceholder')}
              nothingFound={t('audit.noClientFound')}
              labelOf={(c) => `${c.name} (${c.idNumber})`}
              value={field.value}
              onChange={(id) => choose('clientId', id)}
              w={300}
            />
          )}
        />
        <Controller
          control={form.control}
          name="caseId"
          render={({ field }) => (
            <SearchSelect<CaseSummary>
              channel="cases.list"
              label={t('audit.case')}
              placeholder={t('audit.casePlaceholder')}
              nothingFound={t('audit.noCaseFound')}
              labelOf={(c) => caseLabel(c.clientName, c.id)}
              value={field.value}
              onChange={(id) => choose('caseId', id)}
              w={240}
            />
          )}
        />
      </Group>
      <Group gap="sm" align="flex-start" wrap="wrap" mt="xs">
        {kindSelect('entity', HISTORY_ENTITIES, 170)}
        {kindSelect('action', HISTORY_ACTIONS, 210)}
        {dateField('from')}
        {dateField('to')}
        <Button type="submit" variant="light" mt={25}>
          {t('audit.show')}
        </Button>
        <Button
          variant="subtle"
          mt={25}
          onClick={() => {
            form.reset(EMPTY);
            onApply({ from: '', to: '' });
          }}
        >
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
