import { useState } from 'react';
import { Alert, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApiValue } from '../../lib/useApiValue';
import { DueLists } from './DueLists';
import { EmptyDashboard } from './EmptyDashboard';
import { StageCounts } from './StageCounts';
import { UserNameNotice } from './UserNameNotice';
import { DemoNotice } from '../demo/DemoNotice';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Counts, what is overdue or due soon, and cases by stage; an empty folder gets a way to start. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const summary = useApiValue('dashboard.summary', {});
  const [loadedDemo, setLoadedDemo] = useState<{ clients: number; cases: number } | null>(null);
  const value = summary.value;

  return (
    <Stack gap="lg">
      <ScreenHeader title={t('dashboard.title')}>
        {value && value.clients > 0 && (
          <>
            <NavButton to="/clients/new" variant="default" leftSection={<IconPlus size={16} />}>
              {t('common.newClient')}
            </NavButton>
            <NavButton to="/cases/new" leftSection={<IconBriefcase size={16} />}>
              {t('common.newCase')}
            </NavButton>
          </>
        )}
      </ScreenHeader>
      <ErrorAlert error={summary.error} />
      <UserNameNotice />
      <DemoNotice />
      {loadedDemo && (
        <Alert color="teal" withCloseButton onClose={() => setLoadedDemo(null)}>
          {t('dashboard.demoLoaded', {
            clients: t('counts.clients', { count: loadedDemo.clients }),
            cases: t('counts.cases', { count: loadedDemo.cases }),
          })}
        </Alert>
      )}
      {!value && summary.loading && <Loader aria-label={t('app.loading')} />}
      {value && value.clients === 0 && (
        <EmptyDashboard
          onDemoLoaded={(counts) => {
            setLoadedDemo(counts);
            summary.reload();
          }}
        />
      )}
      {value && value.clients > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Stat label={t('dashboard.clients')} value={value.clients} />
            <Stat label={t('dashboard.openCases')} value={value.openCases} />
            <Stat label={t('dashboard.allCases')} value={value.cases} />
          </SimpleGrid>
          <DueLists lists={value} />
          <section aria-labelledby="by-stage">
            <Title order={2} size="h4" id="by-stage" mb="sm">
              {t('dashboard.byStage')}
            </Title>
            <StageCounts byStage={value.byStage} />
          </section>
        </>
      )}
    </Stack>
  );
}
