import { Fragment, useState } from 'react';
import { Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarYearDetails } from './CalendarYearDetails';
import { holidayDays, type YearRow } from './ruleFormat';

/** Every calendar year the app counts with; a row opens to show its holidays. */
export function CalendarsTable({ rows }: { rows: YearRow[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rules.year')}</Table.Th>
            <Table.Th>{t('rules.origin')}</Table.Th>
            <Table.Th>{t('rules.holidays')}</Table.Th>
            <Table.Th>{t('rules.holidayDays')}</Table.Th>
            <Table.Th>{t('rules.makeupDays')}</Table.Th>
            <Table.Th>{t('rules.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const expanded = open === row.year;
            const detailsId = `calendar-year-${row.year}`;
            return (
              <Fragment key={row.year}>
                <Table.Tr>
                  <Table.Td ff="monospace" fw={600}>
                    {row.year}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={row.official ? 'gray' : 'teal'} tt="none">
                      {row.official ? t('rules.official') : t('rules.entered')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{row.holidays.length}</Table.Td>
                  <Table.Td>{holidayDays(row)}</Table.Td>
                  <Table.Td>{row.makeupWorkdays.length}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-expanded={expanded}
                        aria-controls={expanded ? detailsId : undefined}
                        aria-label={t('rules.show', { year: row.year })}
                        onClick={() => setOpen(expanded ? null : row.year)}
                      >
                        {t('rules.showShort')}
                      </Button>
                      {!row.official && (
                        <Button
                          component={Link}
                          to={`/rules/calendars/${row.year}`}
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('rules.edit', { year: row.year })}
                        >
                          {t('rules.editShort')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={6}>
                      <CalendarYearDetails row={row} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
