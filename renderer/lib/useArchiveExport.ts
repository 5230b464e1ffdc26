/**
 * An archive made in the background (the personal-data export, a case bundle): started,
 * followed by its progress events, cancellable, then read once and saved as a download.
 * Events that arrive before the job id is known are kept.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../api/contract';
import { base64Blob, saveBlob } from './bytes';

export type ArchiveJob =
  | { state: 'idle' }
  | { state: 'running'; jobId: string | null; done: number; total: number }
  | { state: 'saved'; filename: string };

interface End {
  jobId: string;
  ok: boolean;
  message?: string;
  cancelled?: boolean;
}

export interface ArchiveChannels {
  start(): Promise<Result<{ jobId: string }>>;
  read(jobId: string): Promise<Result<{ filename: string; data: string }>>;
  cancel(jobId: string): Promise<unknown>;
  /** Subscribes to this export's events; answers the unsubscribe. */
  listen(
    progress: (e: { jobId: string; done: number; total: number }) => void,
    done: (e: End) => void,
  ): () => void;
  mime: string;
}

export function useArchiveExport(channels: ArchiveChannels, onError: (e: ApiError | null) => void) {
  const [job, setJob] = useState<ArchiveJob>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  const early = useRef(new Map<string, End>());
  // The latest callbacks, without resubscribing on every render.
  const latest = useRef({ channels, onError });
  useEffect(() => {
    latest.current = { channels, onError };
  });

  const finish = useCallback(async (e: End) => {
    const { channels: c, onError: fail } = latest.current;
    jobId.current = null;
    if (!e.ok) {
      setJob({ state: 'idle' });
      if (!e.cancelled) fail({ code: 'internal', message: e.message ?? '' });
      return;
    }
    const result = await c.read(e.jobId);
    if (!result.ok) {
      setJob({ state: 'idle' });
      fail(result.error);
      return;
    }
    saveBlob(result.value.filename, base64Blob(result.value.data, c.mime));
    setJob({ state: 'saved', filename: result.value.filename });
  }, []);

  const { listen } = channels;
  useEffect(
    () =>
      listen(
        (e) => {
          if (e.jobId === jobId.current)
            setJob({ state: 'running', jobId: e.jobId, done: e.done, total: e.total });
        },
        (e) => {
          if (e.jobId === jobId.current) void finish(e);
          else early.current.set(e.jobId, e);
        },
      ),
    [listen, finish],
  );

  const start = async () => {
    const { channels: c, onError: fail } = latest.current;
    fail(null);
    setJob({ state: 'running', jobId: null, done: 0, total: 0 });
    const result = await c.start();
    if (!result.ok) {
      setJob({ state: 'idle' });
      fail(result.error);
      return;
    }
    const id = result.value.jobId;
    jobId.current = id;
    const arrived = early.current.get(id);
    early.current.clear();
    if (arrived) void finish(arrived);
    else setJob((j) => (j.state === 'running' ? { ...j, jobId: id } : j));
  };

  const cancel = async () => {
    if (job.state === 'running' && job.jobId) await latest.current.channels.cancel(job.jobId);
  };

  return { job, start, cancel };
}
