import type { ReactNode } from 'react';
import { Button, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ArchiveJob } from '../lib/useArchiveExport';

/** The button of a background export: its progress and Cancel while it runs, then what was saved. */
export function ArchiveExportButton({
  job,
  label,
  progressLabel,
  savedText,
  onStart,
  onCancel,
  disabled,
  variant = 'default',
}: {
  job: ArchiveJob;
  label: ReactNode;
  progressLabel: (done: number, total: number) => string;
  savedText: (filename: string) => string;
  onStart: () => void;
  onCancel: () => void;
  disabled?: boolean;
  variant?: string;
}) {
  const { t } = useTranslation();
  if (job.state === 'running') {
    const pct = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
    return (
      <Group gap="xs" wrap="nowrap">
        <Progress value={pct} w={120} aria-label={progressLabel(job.done, job.total)} />
        <Button variant="default" onClick={onCancel} disabled={!job.jobId}>
          {t('common.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs">
      <Button
        variant={variant}
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={onStart}
        disabled={disabled}
      >
        {label}
      </Button>
      {job.state === 'saved' && (
        <Text size="sm" c="dimmed" role="status">
          {savedText(job.filename)}
        </Text>
      )}
    </Group>
  );
}
