import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { call, subscribe } from '../../lib/api';
import { base64Blob, saveBlob } from '../../lib/bytes';

type Job =
  | { state: 'idle' }
  | { state: 'running'; jobId: string | null; done: number; total: number }
  | { state: 'saved'; filename: string };

/**
 * "Export personal data": the archive is made in the background with progress, then saved
 * as a download like a packet. Events that arrive before the job id is known are kept.
 */
export function ExportPersonalData({
  clientId,
  onError,
}: {
  clientId: number;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  const early = useRef(new Map<string, { ok: boolean; message?: string; cancelled?: boolean }>());

  const finish = useCallback(
    async (id: string, e: { ok: boolean; message?: string; cancelled?: boolean }) => {
      jobId.current = null;
      if (!e.ok) {
        setJob({ state: 'idle' });
        if (!e.cancelled) onError({ code: 'internal', message: e.message ?? '' });
        return;
      }
      const result = await call('personal.exportRead', { jobId: id });
      if (!result.ok) {
        setJob({ state: 'idle' });
        onError(result.error);
        return;
      }
      saveBlob(result.value.filename, base64Blob(result.value.data, 'application/zip'));
      setJob({ state: 'saved', filename: result.value.filename });
    },
    [onError],
  );

  useEffect(() => {
    const offProgress = subscribe('personal.progress', (e) => {
      if (e.clientId !== clientId || e.jobId !== jobId.current) return;
      setJob({ state: 'running', jobId: e.jobId, done: e.done, total: e.total });
    });
    const offDone = subscribe('personal.done', (e) => {
      if (e.clientId !== clientId) return;
      if (e.jobId === jobId.current) void finish(e.jobId, e);
      else early.current.set(e.jobId, e);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [clientId, finish]);

  const start = async () => {
    onError(null);
    setJob({ state: 'running', jobId: null, done: 0, total: 0 });
    const result = await call('personal.exportStart', { id: clientId });
    if (!result.ok) {
      setJob({ state: 'idle' });
      onError(result.error);
      return;
    }
    const id = result.value.jobId;
    jobId.current = id;
    const arrived = early.current.get(id);
    early.current.clear();
    if (arrived) void finish(id, arrived);
    else setJob((j) => (j.state === 'running' ? { ...j, jobId: id } : j));
  };

  const cancel = async () => {
    if (job.state === 'running' && job.jobId)
      await call('personal.exportCancel', { jobId: job.jobId });
  };

  if (job.state === 'running') {
    const pct = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
    return (
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={pct}
          w={120}
          aria-label={t('personal.export.progress', { done: job.done, total: job.total })}
        />
        <Button variant="default" onClick={() => void cancel()} disabled={!job.jobId}>
          {t('common.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => void start()}
      >
        {t('personal.export.button')}
      </Button>
      {job.state === 'saved' && (
        <Text size="sm" c="dimmed" role="status">
          {t('personal.export.saved', { filename: job.filename })}
        </Text>
      )}
    </Group>
  );
}
