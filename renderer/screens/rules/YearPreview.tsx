import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarChange } from '../../../core/types';

type Brief = CalendarChange['dates'][number]['before'];

/** Which open cases' dates the year would move, before and after, before anything is saved. */
export function YearPreview({ changes }: { changes: CalendarChange[] }) {
  const { t } = useTranslation();
  const shown = (d: Brief) =>
    d ? (
      <Group gap={6} wrap="nowrap">
        <Text span ff="monospace" size="sm">
          {d.date}
        </Text>
        {d.provisional && (
          <Badge color="orange" variant="light" size="sm" tt="none">
            {t('yearForm.provisional')}
          </Badge>
        )}
      </Group>
    ) : (
      t('common.none')
    );

  return (
    <Stack gap="xs" component="section" aria-label={t('yearForm.previewTitle')}>
      <Title order={2} size="h5">
        {t('yearForm.previewTitle')}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('yearForm.noChanges')}
        </Text>
      ) : (
        <Text size="sm">{t('counts.casesChanging', { count: changes.length })}</Text>
      )}
      {changes.length > 0 && (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('yearForm.client')}</Table.Th>
              <Table.Th>{t('yearForm.date')}</Table.Th>
              <Table.Th>{t('yearForm.before')}</Table.Th>
              <Table.Th>{t('yearForm.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.flatMap((c) =>
              c.dates.map((d, i) => (
                <Table.Tr key={`${c.caseId}:${d.kind}:${d.listingId}`}>
                  <Table.Td>
                    {i === 0 && (
                      <Anchor component={Link} to={`/cases/${c.caseId}`} size="sm">
                        {c.clientName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`dateKind.${d.kind}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('yearForm.listing', { id: d.listingId })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{shown(d.before)}</Table.Td>
                  <Table.Td>{shown(d.after)}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
