import { useEffect } from 'react';
import { Alert, Button, Group, Menu, Progress, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../api/contract';
import type { ExportFormat } from '../../core/export';
import { useListExport } from '../lib/useListExport';
import { ErrorAlert } from './ErrorAlert';

/** What a list exports: its name and its own input as the list channel takes it. */
type Request<T = Input<'exports.start'>> = T extends unknown ? Omit<T, 'format'> : never;

/**
 * A list's Export menu (CSV or Excel): exactly what the list selects now — its search,
 * filters and sort — every page, not only those loaded; with its progress and a way to
 * stop; then says what was saved, or that the list holds nothing to export.
 */
export function ExportMenu({ request, empty }: { request: Request; empty: boolean }) {
  const { t } = useTranslation();
  const { job, start, cancel, dismiss, nothing } = useListExport();
  const selection = JSON.stringify(request);
  // What the last export said is about the last selection: another selection clears it.
  useEffect(() => dismiss(), [selection, dismiss]);
  const busy = job.state === 'running' || job.state === 'saving';
  const what = t(`exportList.lists.${request.list}`);
  const choose = (format: ExportFormat) =>
    empty ? nothing() : void start({ ...request, format } as Input<'exports.start'>);
  return (
    <Stack gap="xs" className="xiufu-no-print">
      <Group gap="sm">
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              leftSection={<IconDownload size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              variant="light"
              loading={busy}
              aria-label={t('exportList.label', { what })}
            >
              {t('exportList.button')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => choose('csv')}>{t('exportList.csv')}</Menu.Item>
            <Menu.Item onClick={() => choose('xlsx')}>{t('exportList.xlsx')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {job.state === 'running' && (
          <Button variant="subtle" color="red" onClick={() => void cancel()}>
            {t('exportList.cancel')}
          </Button>
        )}
      </Group>
      {job.state === 'running' && (
        <Stack gap={4} maw={420}>
          <Text size="sm" role="status">
            {job.total > 0
              ? t('exportList.progress', { what, done: job.done, total: job.total })
              : t('exportList.preparing')}
          </Text>
          <Progress
            value={job.total > 0 ? (job.done / job.total) * 100 : 0}
            animated={job.total === 0}
            aria-label={t('exportList.label', { what })}
          />
        </Stack>
      )}
      {job.state === 'done' && (
        <Alert color="green" variant="light" role="status">
          {t('exportList.done', { count: job.items, filename: job.filename })}
        </Alert>
      )}
      {job.state === 'empty' && (
        <Alert color="gray" variant="light" role="status">
          {t('exportList.empty')}
        </Alert>
      )}
      {job.state === 'cancelled' && (
        <Alert color="gray" variant="light" role="status">
          {t('exportList.cancelled')}
        </Alert>
      )}
      {job.state === 'failed' && <ErrorAlert error={job.error} />}
    </Stack>
  );
}
