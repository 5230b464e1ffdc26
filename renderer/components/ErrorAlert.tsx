import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/contract';

/** Shows a backend error; an unexpected fault also shows its reference id for a report. */
export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={t('common.errorTitle')} role="alert">
      <Text size="sm">{error.message}</Text>
      {error.id && !error.message.includes(error.id) && (
        <Text size="sm" mt={4}>
          {t('common.reference', { id: error.id })}
        </Text>
      )}
    </Alert>
  );
}
