import { Anchor, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../../../core/agenda';
import { REGIMES } from '../../../core/regimes';
import { useLanguage } from '../../i18n/LanguageProvider';
import { STATUS_COLOR } from './agendaStatus';
import { clientNameOf } from '../../lib/clientName';

/** Consecutive items of the same date, in the order the backend gives them (by date). */
function byDate(items: readonly AgendaItem[]): [string, AgendaItem[]][] {
  const groups: [string, AgendaItem[]][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0] === item.date) last[1].push(item);
    else groups.push([item.date, [item]]);
  }
  return groups;
}

/** The agenda: one heading per date, then what falls on it, each marked with its status. */
export function AgendaList({ items }: { items: readonly AgendaItem[] }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  return (
    <Stack gap="md">
      {byDate(items).map(([date, group]) => (
        <Paper key={date} component="section" withBorder radius="md" p="md">
          <Title order={2} size="h5" ff="monospace" mb={4}>
            {date}
          </Title>
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {group.map((d) => (
              <Box
                component="li"
                key={`${d.caseId}:${d.listingId}:${d.kind}`}
                py={6}
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Group gap="md" wrap="wrap">
                  <Badge
                    color={STATUS_COLOR[d.status]}
                    variant={d.status === 'overdue' ? 'filled' : 'light'}
                    tt="none"
                    w={96}
                  >
                    {t(`agendaStatus.${d.status}`)}
                  </Badge>
                  <Text fw={600} miw={200} c={d.status === 'overdue' ? 'red.8' : undefined}>
                    {t(`dateKind.${d.kind}`)}
                  </Text>
                  <Anchor component={Link} to={`/cases/${d.caseId}`}>
                    {clientNameOf(d.clientName, t)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {REGIMES[d.regimeId]?.name[lang] ?? d.regimeId}
                  </Text>
                  {d.authority && (
                    <Text size="sm" c="dimmed">
                      {d.authority}
                    </Text>
                  )}
                  {d.provisional && (
                    <Badge color="yellow" variant="light" tt="none">
                      {t('agenda.provisional')}
                    </Badge>
                  )}
                </Group>
              </Box>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
