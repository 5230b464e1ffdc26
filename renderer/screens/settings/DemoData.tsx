import { useState } from 'react';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoStatus } from '../../../core/demo-removal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SettingsPanel } from '../../components/SettingsPanel';
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
    <SettingsPanel id="demo-data" title={t('demo.title')} hint={t('demo.hint')}>
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
    </SettingsPanel>
  );
}
