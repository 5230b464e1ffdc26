import { useEffect } from 'react';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../core/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuditExport } from './useAuditExport';

/**
 * Exports exactly what the filters select (every page, not only those on screen) to CSV,
 * with its progress and a way to stop; then says what was saved.
 */
export function AuditExportButton({
  filter,
  disabled,
}: {
  filter: AuditFilter;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { job, start, cancel, dismiss } = useAuditExport();
  const selection = JSON.stringify(filter);
  // What the last export said is about the last selection: another selection clears it.
  useEffect(() => dismiss(), [selection, dismiss]);
  const busy = job.state === 'running' || job.state === 'saving';
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          leftSection={<IconDownload size={16} />}
          variant="light"
          loading={busy}
          disabled={disabled}
          onClick={() => void start(filter)}
        >
          {t('audit.export')}
        </Button>
        {job.state === 'running' && (
          <Button variant="subtle" color="red" onClick={() => void cancel()}>
            {t('audit.cancelExport')}
          </Button>
        )}
      </Group>
      {job.state === 'running' && job.total > 0 && (
        <Stack gap={4} maw={420}>
          <Text size="sm" role="status">
            {t('audit.exporting', { done: job.done, total: job.total })}
          </Text>
          <Progress value={(job.done / job.total) * 100} aria-label={t('audit.export')} />
        </Stack>
      )}
      {job.state === 'done' && (
        <Alert color="green" variant="light" role="status">
          {t('audit.exported', { count: job.entries, filename: job.filename })}
        </Alert>
      )}
      {job.state === 'cancelled' && (
        <Alert color="gray" variant="light" role="status">
          {t('audit.exportCancelled')}
        </Alert>
      )}
      {job.state === 'failed' && <ErrorAlert error={job.error} />}
    </Stack>
  );
}
