import { useState } from 'react';
import { Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

/** Turns reminders of due and overdue dates on or off; saved at once. */
export function NotificationsSwitch({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(enabled);
  const [seen, setSeen] = useState(enabled);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // A change saved from another window shows here too.
  if (seen !== enabled) {
    setSeen(enabled);
    setChecked(enabled);
  }

  const toggle = async (next: boolean) => {
    setChecked(next);
    setBusy(true);
    setError(null);
    const result = await call('settings.update', { notifications: next });
    setBusy(false);
    if (result.ok) setChecked(result.value.notifications);
    else {
      setChecked(!next);
      setError(result.error);
    }
  };

  return (
    <Stack gap="xs">
      <Switch
        label={t('settings.notifications')}
        description={t('settings.notificationsHint')}
        checked={checked}
        disabled={busy}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      <ErrorAlert error={error} />
    </Stack>
  );
}
