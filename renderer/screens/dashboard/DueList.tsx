import { useId, useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REGIMES } from '../../../core/regimes';
import type { DueItem } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { clientNameOf } from '../../lib/clientName';

interface Props {
  title: string;
  empty: string;
  items: DueItem[];
  /** Overdue items are red and marked, so they stand out before anything else. */
  urgent?: boolean;
}

/**
 * Rows shown before "Show all": five lists of up to 100 dates each would take the
 * dashboard longer to draw than the 200 ms; the first ones are the soonest.
 */
export const DUE_SHOWN = 10;

/** One list of dates on the dashboard: client, what falls due, when, under which regime. */
export function DueList({ title, empty, items, urgent }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, DUE_SHOWN);
  const red = urgent && items.length > 0;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      style={red ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
      bg={red ? 'red.0' : undefined}
    >
      <Group gap="xs" mb="xs">
        {red && <IconAlertTriangle size={20} color="var(--mantine-color-red-7)" aria-hidden />}
        <Title order={2} size="h4" id={headingId} c={red ? 'red.8' : undefined}>
          {title}
        </Title>
        {items.length > 0 && (
          <Badge
            color={red ? 'red' : 'gray'}
            variant={red ? 'filled' : 'light'}
            aria-label={t('counts.dates', { count: items.length })}
          >
            {items.length}
          </Badge>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('due.client')}</Table.Th>
                <Table.Th>{t('due.kind')}</Table.Th>
                <Table.Th>{t('due.date')}</Table.Th>
                <Table.Th>{t('due.regime')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((d) => (
                <Table.Tr key={`${d.caseId}:${d.listingId}:${d.kind}`}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/cases/${d.caseId}`}
                      c={red ? 'red.9' : undefined}
                    >
                      {clientNameOf(d.clientName, t)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td c={red ? 'red.8' : undefined}>{t(`dateKind.${d.kind}`)}</Table.Td>
                  <Table.Td
                    ff="monospace"
                    fw={600}
                    c={red ? 'red.8' : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {d.date}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{REGIMES[d.regimeId]?.name[lang] ?? d.regimeId}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {items.length > DUE_SHOWN && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll(!all)}>
          {all
            ? t('dueMore.fewer', { count: DUE_SHOWN })
            : t('dueMore.all', { count: items.length })}
        </Button>
      )}
    </Paper>
  );
}
