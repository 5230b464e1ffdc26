import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { outcomeText } from './backupText';
import type { BackupJobApi } from './useBackupJob';

/**
 * The running job's progress (a labelled progress bar and Cancel), else how the last
 * one ended, else why the last start was refused.
 */
export function BackupJobStatus({ job }: { job: BackupJobApi }) {
  const { t } = useTranslation();
  const { running, outcome, error } = job;
  if (running) {
    const op = t(`backups.progress.${running.op}`);
    const phase = running.phase
      ? t(`backups.progress.phase.${running.phase}`)
      : t('backups.progress.starting');
    const percent =
      running.total > 0 ? Math.min(100, Math.round((running.done / running.total) * 100)) : 0;
    const label = t('backups.progress.label', { op, phase });
    return (
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" aria-live="polite">
            {label}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {t('backups.progress.percent', { percent })}
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              disabled={!running.jobId}
              aria-label={t('backups.progress.cancelLabel', { op })}
              onClick={() => void job.cancel()}
            >
              {t('backups.progress.cancel')}
            </Button>
          </Group>
        </Group>
        <Progress value={percent} aria-label={label} transitionDuration={100} animated />
      </Stack>
    );
  }
  if (error) return <ErrorAlert error={error} />;
  if (!outcome) return null;
  const { text, ok } = outcomeText(outcome, t);
  return ok ? (
    <Text size="sm" c="teal.8" role="status">
      {text}
    </Text>
  ) : (
    <Alert color="red" role="alert" title={t('common.errorTitle')}>
      <Text size="sm">{text}</Text>
    </Alert>
  );
}
