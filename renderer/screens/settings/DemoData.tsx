import { useState } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoStatus } from '../../../core/demo-removal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiValue } from '../../lib/useApiValue';
import { DemoLoadButton } from '../demo/DemoLoadButton';
import { DemoRemoveButton } from '../demo/DemoRemoveButton';
import { DemoRemoved } from '../demo/DemoRemoved';

/** Settings › Demo data: what is loaded, and removing it (or loading it into an empty folder). */
export function DemoData() {
  const { t } = useTranslation();
  const status = useApiValue('demo.status', {});
  const summary = useApiValue('dashboard.summary', {});
  const [removed, setRemoved] = useState<DemoStatus | null>(null);
  const s = status.value;
  const empty = summary.value ? summary.value.clients + summary.value.cases === 0 : false;
  return (
    <Paper withBorder p="lg" radius="md" maw={640} component="section" aria-labelledby="demo-data">
      <Stack gap="sm">
        <Title order={2} size="h4" id="demo-data">
          {t('demo.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('demo.hint')}
        </Text>
        <ErrorAlert error={status.error ?? summary.error} />
        {removed && <DemoRemoved removed={removed} onClose={() => setRemoved(null)} />}
        {s?.present && (
          <Group justify="space-between">
            <Text size="sm">
              {t('demo.present', {
                clients: t('counts.clients', { count: s.clients }),
                cases: t('counts.cases', { count: s.cases }),
              })}
            </Text>
            <DemoRemoveButton onRemoved={setRemoved} />
          </Group>
        )}
        {s && !s.present && summary.value && (
          <Group justify="space-between">
            <Text size="sm">{empty ? t('demo.none') : t('demo.notEmpty')}</Text>
            {empty && <DemoLoadButton onLoaded={() => setRemoved(null)} />}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
