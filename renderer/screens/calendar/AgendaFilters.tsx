import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGIME_IDS, REGIMES, type RegimeId } from '../../../core/regimes';
import { useLanguage } from '../../i18n/LanguageProvider';

export interface AgendaFilter {
  assignee?: string;
  regimeId?: RegimeId;
  authority?: string;
}

/** "All" is a choice of its own, so a filter can be cleared from the keyboard. */
const ALL = '*';

interface Props {
  value: AgendaFilter;
  onChange: (filter: AgendaFilter) => void;
  assignees: string[];
  authorities: string[];
}

/** Narrows the agenda to one assignee, regime or authority. */
export function AgendaFilters({ value, onChange, assignees, authorities }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const all = { value: ALL, label: t('agenda.all') };
  const pick = (v: string | null) => (v === null || v === ALL ? undefined : v);
  const names = (list: string[]) =>
    list.filter((s) => s !== '').map((s) => ({ value: s, label: s }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('agenda.assignee')}
        data={[all, ...names(assignees)]}
        value={value.assignee ?? ALL}
        onChange={(v) => onChange({ ...value, assignee: pick(v) })}
        allowDeselect={false}
        w={200}
      />
      <Select
        label={t('agenda.regime')}
        data={[all, ...REGIME_IDS.map((id) => ({ value: id, label: REGIMES[id].name[lang] }))]}
        value={value.regimeId ?? ALL}
        onChange={(v) => onChange({ ...value, regimeId: pick(v) as RegimeId | undefined })}
        allowDeselect={false}
        w={320}
        comboboxProps={{ width: 'target' }}
      />
      <Select
        label={t('agenda.authority')}
        data={[all, ...names(authorities)]}
        value={value.authority ?? ALL}
        onChange={(v) => onChange({ ...value, authority: pick(v) })}
        allowDeselect={false}
        w={240}
      />
    </Group>
  );
}
