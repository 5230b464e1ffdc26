import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/contract';

/**
 * Shows a backend error; an unexpected fault also shows its reference id for a report.
 * A refusal that no change of the form can fix (a read-only folder, a full disk) says so
 * in its title, so nobody retries the same form in vain.
 */
export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const title =
    error.code === 'read_only' || error.code === 'disk_full'
      ? t(`refusalTitle.${error.code}`)
      : t('common.errorTitle');
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={title} role="alert">
      <Text size="sm">{error.message}</Text>
      {error.id && !error.message.includes(error.id) && (
        <Text size="sm" mt={4}>
          {t('common.reference', { id: error.id })}
        </Text>
      )}
    </Alert>
  );
}
