import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Output, Result, ServerEvents } from '../../../api/contract';
import type { AuditFilter } from '../../../core/audit';
import { call, subscribe } from '../../lib/api';
import { fromBase64, saveBlob } from '../../lib/bytes';

export type AuditExport =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'saving' }
  | { state: 'done'; entries: number; filename: string }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiError };

type Done = ServerEvents['audit.done'];

/** Reads a finished export back a chunk at a time and saves it as a download. */
async function save(jobId: string): Promise<ApiError | string> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let filename = '';
  while (offset !== null) {
    const r: Result<Output<'history.csvRead'>> = await call('history.csvRead', { jobId, offset });
    if (!r.ok) return r.error;
    parts.push(fromBase64(r.value.data));
    filename = r.value.filename;
    offset = r.value.next;
  }
  saveBlob(filename, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  return filename;
}

/**
 * The CSV export of the audit log: started with history.csv, followed through the pushed
 * audit.progress / audit.done events, cancellable; the file is then saved as a download.
 * An end that arrives before the job id is known is kept and applied once it is.
 */
export function useAuditExport() {
  const [job, setJob] = useState<AuditExport>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  const early = useRef(new Map<string, Done>());

  const finish = useCallback((e: Done) => {
    jobId.current = null;
    if (e.cancelled) return setJob({ state: 'cancelled' });
    if (!e.ok)
      return setJob({ state: 'failed', error: { code: 'internal', message: e.message ?? '' } });
    setJob({ state: 'saving' });
    void save(e.jobId).then((saved) =>
      setJob(
        typeof saved === 'string'
          ? { state: 'done', entries: e.entries ?? 0, filename: saved }
          : { state: 'failed', error: saved },
      ),
    );
  }, []);

  useEffect(() => {
    const offProgress = subscribe('audit.progress', (e) => {
      if (e.jobId === jobId.current) setJob({ state: 'running', done: e.done, total: e.total });
    });
    const offDone = subscribe('audit.done', (e) => {
      if (e.jobId === jobId.current) finish(e);
      else early.current.set(e.jobId, e);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [finish]);

  const start = useCallback(
    async (filter: AuditFilter) => {
      setJob({ state: 'running', done: 0, total: 0 });
      const result = await call('history.csv', filter);
      if (!result.ok) return setJob({ state: 'failed', error: result.error });
      jobId.current = result.value.jobId;
      const arrived = early.current.get(result.value.jobId);
      early.current.clear();
      if (arrived) finish(arrived);
    },
    [finish],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    const result = await call('history.csvCancel', { jobId: id });
    // Already over: its audit.done says how it ended.
    if (!result.ok && result.error.code !== 'not_found')
      setJob({ state: 'failed', error: result.error });
  }, []);

  /** Clears what the last export said (a running one goes on). */
  const dismiss = useCallback(
    () => setJob((j) => (j.state === 'running' || j.state === 'saving' ? j : { state: 'idle' })),
    [],
  );

  return { job, start, cancel, dismiss };
}
