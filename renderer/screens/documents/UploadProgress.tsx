import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileSize } from './FileSize';
import type { UploadProgressState } from './useUploads';

/** Bytes sent of the file being uploaded, with a Cancel button. */
export function UploadProgress({
  state,
  onCancel,
}: {
  state: UploadProgressState;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const percent = state.size === 0 ? 100 : Math.round((state.sent / state.size) * 100);
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('attach.uploading', { filename: state.filename })}</Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            <FileSize size={state.sent} /> / <FileSize size={state.size} />
          </Text>
          <Button size="compact-sm" variant="default" onClick={onCancel}>
            {t('attach.cancel')}
          </Button>
        </Group>
      </Group>
      <Progress
        value={percent}
        aria-label={t('attach.progressLabel', { filename: state.filename })}
        transitionDuration={100}
      />
    </Stack>
  );
}
