import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateChange } from '../../core/rules';

/** One side of a moved date: the date, marked when it is provisional, or "—" where there is none. */
export function DateBrief({ value }: { value: DateChange['before'] }) {
  const { t } = useTranslation();
  if (!value) return <>{t('common.none')}</>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text span ff="monospace" size="sm">
        {value.date}
      </Text>
      {value.provisional && (
        <Badge color="orange" variant="light" size="sm" tt="none">
          {t('yearForm.provisional')}
        </Badge>
      )}
    </Group>
  );
}
