import { Badge, Group, Table, Text } from '@mantine/core';
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

/** A moved date's two table cells: before, then after. */
export function BeforeAfterCells({ change }: { change: Pick<DateChange, 'before' | 'after'> }) {
  return (
    <>
      <Table.Td>
        <DateBrief value={change.before} />
      </Table.Td>
      <Table.Td>
        <DateBrief value={change.after} />
      </Table.Td>
    </>
  );
}
