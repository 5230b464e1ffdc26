import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiValue } from '../lib/useApiValue';

/**
 * Above every screen while the data folder is open read-only: says that nothing can be
 * changed, why, and what to do. A status, not an alert: it is the app's state, not news.
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const settings = useApiValue('settings.get', {}).value;
  if (!settings?.readOnly) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      icon={<IconLock size={18} aria-hidden />}
      title={t('readOnly.title')}
      mb="md"
    >
      <Text size="sm">{t(`readOnly.${settings.readOnly}`, { dataDir: settings.dataDir })}</Text>
    </Alert>
  );
}
