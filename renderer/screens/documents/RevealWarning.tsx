import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Shown in place of the preview when the backend refused to open a file: what the file is
 * and why (the backend's message), and the one way on, showing it in its folder, which
 * the user has to choose.
 */
export function RevealWarning({
  message,
  busy,
  onCancel,
  onReveal,
}: {
  message: string;
  busy: boolean;
  onCancel: () => void;
  onReveal: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="red" icon={<IconAlertTriangle />} role="alert">
        <Text size="sm">{message}</Text>
      </Alert>
      <Text size="sm">{t('openFile.warningText')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" variant="light" loading={busy} onClick={onReveal}>
          {t('openFile.reveal')}
        </Button>
      </Group>
    </Stack>
  );
}
