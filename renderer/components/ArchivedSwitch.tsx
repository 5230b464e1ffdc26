import { useId } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  archived: boolean;
  onChange: (archived: boolean) => void;
}

/** Active or archived records: the switch above the Cases and Clients lists. */
export function ArchivedSwitch({ archived, onChange }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text component="span" id={labelId} size="sm" fw={500}>
        {t('find.view')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={archived ? 'archived' : 'active'}
        onChange={(v) => onChange(v === 'archived')}
        data={[
          { value: 'active', label: t('find.active') },
          { value: 'archived', label: t('find.archived') },
        ]}
      />
    </Stack>
  );
}
