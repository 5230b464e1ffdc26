import { useState } from 'react';
import { Alert, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoStatus } from '../../../core/demo-removal';
import { useApiValue } from '../../lib/useApiValue';
import { DemoRemoveButton } from './DemoRemoveButton';
import { DemoRemoved } from './DemoRemoved';

/** The dashboard says so while demo data is there, with the way to remove it. */
export function DemoNotice() {
  const { t } = useTranslation();
  const status = useApiValue('demo.status', {});
  const [removed, setRemoved] = useState<DemoStatus | null>(null);
  if (removed) return <DemoRemoved removed={removed} onClose={() => setRemoved(null)} />;
  if (!status.value?.present) return null;
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('demo.notice')}</Text>
        <DemoRemoveButton size="xs" onRemoved={setRemoved} />
      </Group>
    </Alert>
  );
}
