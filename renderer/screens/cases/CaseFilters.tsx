import { Group, Select, Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseSort } from '../../../core/schemas';
import { STAGES, type Stage } from '../../../core/stages';
import { ArchivedSwitch } from '../../components/ArchivedSwitch';

export type { CaseSort };
export type SortDirection = 'asc' | 'desc';

export interface CaseFilterValues {
  text: string;
  stage: Stage | null;
  sort: CaseSort;
  direction: SortDirection;
  archived: boolean;
}

interface Props {
  values: CaseFilterValues;
  onChange: (values: CaseFilterValues) => void;
}

/** Dates read newest first; deadlines, names and stages from the first one on. */
const FIRST_DIRECTION: Record<CaseSort, SortDirection> = {
  nextDue: 'asc',
  updated: 'desc',
  created: 'desc',
  client: 'asc',
  stage: 'asc',
};

/** Search, stage filter, sort and the Active / Archived switch of the case list. */
export function CaseFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CaseFilterValues>) => onChange({ ...values, ...patch });
  const stages = [
    { value: '', label: t('cases.allStages') },
    ...STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) })),
  ];
  const sorts: { value: CaseSort; label: string }[] = [
    { value: 'nextDue', label: t('find.sortNextDue') },
    { value: 'updated', label: t('cases.sortUpdated') },
    { value: 'created', label: t('cases.sortCreated') },
    { value: 'client', label: t('cases.sortClient') },
    { value: 'stage', label: t('find.sortStage') },
  ];
  const directions = [
    { value: 'asc', label: t('cases.asc') },
    { value: 'desc', label: t('cases.desc') },
  ];
  return (
    <Stack gap="sm">
      <TextInput
        label={t('cases.search')}
        placeholder={t('cases.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        type="search"
        value={values.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        maw={720}
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('stage.label')}
          data={stages}
          value={values.stage ?? ''}
          onChange={(v) => set({ stage: v ? (v as Stage) : null })}
          allowDeselect={false}
          w={190}
        />
        <Select
          label={t('cases.sortBy')}
          data={sorts}
          value={values.sort}
          onChange={(v) =>
            v && set({ sort: v as CaseSort, direction: FIRST_DIRECTION[v as CaseSort] })
          }
          allowDeselect={false}
          w={190}
        />
        <Select
          label={t('cases.direction')}
          data={directions}
          value={values.direction}
          onChange={(v) => v && set({ direction: v as SortDirection })}
          allowDeselect={false}
          w={130}
        />
        <ArchivedSwitch archived={values.archived} onChange={(archived) => set({ archived })} />
      </Group>
    </Stack>
  );
}
