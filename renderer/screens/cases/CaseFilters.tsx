import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../core/stages';

export type CaseSort = 'updated' | 'created' | 'client';
export type SortDirection = 'asc' | 'desc';

export interface CaseFilterValues {
  text: string;
  stage: Stage | null;
  sort: CaseSort;
  direction: SortDirection;
}

interface Props {
  values: CaseFilterValues;
  onChange: (values: CaseFilterValues) => void;
}

/** Search, stage filter and sort of the case list. */
export function CaseFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CaseFilterValues>) => onChange({ ...values, ...patch });
  const stages = [
    { value: '', label: t('cases.allStages') },
    ...STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) })),
  ];
  const sorts = [
    { value: 'updated', label: t('cases.sortUpdated') },
    { value: 'created', label: t('cases.sortCreated') },
    { value: 'client', label: t('cases.sortClient') },
  ];
  const directions = [
    { value: 'desc', label: t('cases.desc') },
    { value: 'asc', label: t('cases.asc') },
  ];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('cases.search')}
        placeholder={t('cases.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        type="search"
        value={values.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        w={280}
      />
      <Select
        label={t('stage.label')}
        data={stages}
        value={values.stage ?? ''}
        onChange={(v) => set({ stage: v ? (v as Stage) : null })}
        allowDeselect={false}
        w={200}
      />
      <Select
        label={t('cases.sortBy')}
        data={sorts}
        value={values.sort}
        // Names read A to Z, dates newest first; the user can still flip the direction.
        onChange={(v) =>
          v && set({ sort: v as CaseSort, direction: v === 'client' ? 'asc' : 'desc' })
        }
        allowDeselect={false}
        w={170}
      />
      <Select
        label={t('cases.direction')}
        data={directions}
        value={values.direction}
        onChange={(v) => v && set({ direction: v as SortDirection })}
        allowDeselect={false}
        w={130}
      />
    </Group>
  );
}
