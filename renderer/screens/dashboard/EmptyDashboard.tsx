import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconDatabaseImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { call } from '../../lib/api';

interface Props {
  onDemoLoaded: (counts: { clients: number; cases: number }) => void;
}

/** What a new user sees: what to do first, and the demo data to look around with. */
export function EmptyDashboard({ onDemoLoaded }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    const result = await call('demo.load', {});
    setBusy(false);
    if (result.ok) onDemoLoaded(result.value);
    else setError(result.error);
  };

  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="md" maw={640}>
        <Title order={2} size="h3">
          {t('dashboard.emptyTitle')}
        </Title>
        <Text>{t('dashboard.emptyText')}</Text>
        <ErrorAlert error={error} />
        <Group>
          <NavButton to="/clients/new" leftSection={<IconPlus size={16} />}>
            {t('common.newClient')}
          </NavButton>
          <NavButton to="/cases/new" variant="default" leftSection={<IconBriefcase size={16} />}>
            {t('common.newCase')}
          </NavButton>
          <Button
            variant="light"
            loading={busy}
            onClick={() => void loadDemo()}
            leftSection={<IconDatabaseImport size={16} />}
          >
            {t('dashboard.loadDemo')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
