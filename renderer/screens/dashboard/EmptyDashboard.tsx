import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavButton } from '../../components/NavButton';
import { DemoLoadButton } from '../demo/DemoLoadButton';

interface Props {
  onDemoLoaded: (counts: { clients: number; cases: number }) => void;
}

/** What a new user sees: what to do first, and the demo data to look around with. */
export function EmptyDashboard({ onDemoLoaded }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="md" maw={640}>
        <Title order={2} size="h3">
          {t('dashboard.emptyTitle')}
        </Title>
        <Text>{t('dashboard.emptyText')}</Text>
        <Group>
          <NavButton to="/clients/new" leftSection={<IconPlus size={16} />}>
            {t('common.newClient')}
          </NavButton>
          <NavButton to="/cases/new" variant="default" leftSection={<IconBriefcase size={16} />}>
            {t('common.newCase')}
          </NavButton>
          <DemoLoadButton onLoaded={onDemoLoaded} />
        </Group>
      </Stack>
    </Paper>
  );
}
