import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { breakText } from '../lib/chainText';
import { useIntegrity } from '../lib/useIntegrity';

/**
 * Above every screen while the history chain does not hold: the entry the verification
 * found, what happened to it, and what to do. An alert: someone changed the record.
 */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const verdict = useIntegrity()?.verdict;
  if (verdict?.state !== 'broken') return null;
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('chainBanner.title')}
      mb="md"
    >
      <Text size="sm">{breakText(verdict.found, t)}</Text>
      <Text size="sm" mt="xs">
        {t('chainBanner.todo')}
      </Text>
    </Alert>
  );
}
