import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BundleSummary } from '../../../core/bundle/inputs';
import { instantDate } from '../../lib/dates';

/** What a checked bundle holds: its cases (to add, or already here) and their clients (matched or new). */
export function BundleSummaryView({ summary }: { summary: BundleSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="teal.8" role="status">
        {t('bundle.verified')}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('bundle.from', {
          date: instantDate(summary.createdAt),
          version: summary.appVersion,
          sha256: summary.sha256,
        })}
      </Text>
      <Title order={3} size="h5">
        {t('bundle.casesHeading')}
      </Title>
      <List spacing={6} aria-label={t('bundle.casesHeading')}>
        {summary.cases.map((c) => (
          <List.Item key={c.sourceId}>
            <Text size="sm" fw={500}>
              {t('bundle.caseLine', { client: c.clientName, count: c.listings })}
            </Text>
            {c.status === 'new' ? (
              <Badge color="teal" variant="light">
                {t('bundle.caseNew')}
              </Badge>
            ) : (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t(c.newer ? 'bundle.caseNewer' : 'bundle.caseHere', {
                    date: instantDate(c.importedAt ?? ''),
                  })}
                </Text>
                <Anchor component={Link} to={`/cases/${c.localCaseId}`} size="sm">
                  {t('bundle.openCase')}
                </Anchor>
              </Group>
            )}
          </List.Item>
        ))}
      </List>
      {summary.clients.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('bundle.clientsHeading')}
          </Title>
          <List spacing={6} aria-label={t('bundle.clientsHeading')}>
            {summary.clients.map((k) => (
              <List.Item key={k.idNumber}>
                <Text size="sm">
                  {k.name}{' '}
                  <Text span ff="monospace" c="dimmed">
                    {k.idNumber}
                  </Text>{' '}
                  — {k.match === 'existing' ? t('bundle.clientExisting') : t('bundle.clientNew')}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
