import { useState } from 'react';
import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

/**
 * Another data folder: the desktop app picks one and restarts on it; the browser shell
 * cannot, so it says how to start it on another folder (XIUFU_DATA_DIR, web/config.ts).
 */
export function OtherFolder({ canSwitch, busy }: { canSwitch: boolean; busy: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  if (!canSwitch) {
    return (
      <Stack gap="xs">
        <Text size="sm">{t('recovery.browserFolder')}</Text>
        <Code block aria-label={t('recovery.browserCommandLabel')}>
          {t('recovery.browserCommand')}
        </Code>
      </Stack>
    );
  }
  const open = async () => {
    setError(null);
    const picked = await call('folders.pick', {});
    if (!picked.ok) return setError(picked.error);
    const path = picked.value.path;
    if (path === null) return;
    const opened = await call('recovery.openFolder', { path });
    if (!opened.ok) setError(opened.error);
  };
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group>
        <Button variant="default" disabled={busy} onClick={() => void open()}>
          {t('recovery.openFolder')}
        </Button>
      </Group>
    </Stack>
  );
}
