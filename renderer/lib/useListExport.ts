import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Input, Output, Result, ServerEvents } from '../../api/contract';
import { call, subscribe } from './api';
import { fromBase64, saveBlob } from './bytes';

export type ListExport =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'saving' }
  | { state: 'done'; items: number; filename: string }
  | { state: 'empty' }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiError };

type Done = ServerEvents['export.done'];

const TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Reads a finished export back a chunk at a time and saves it as a download. */
async function save(jobId: string, type: string): Promise<ApiError | string> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let filename = '';
  while (offset !== null) {
    const r: Result<Output<'exports.read'>> = await call('exports.read', { jobId, offset });
    if (!r.ok) return r.error;
    parts.push(fromBase64(r.value.data));
    filename = r.value.filename;
    offset = r.value.next;
  }
  saveBlob(filename, new Blob(parts, { type }));
  return filename;
}

/**
 * A list's export (exports.start): followed through the pushed export.progress /
 * export.done events, cancellable; the file is then saved as a download. An end that
 * arrives before the job id is known is kept and applied once it is.
 */
export function useListExport() {
  const [job, setJob] = useState<ListExport>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  const type = useRef<string>(TYPES.csv);
  const early = useRef(new Map<string, Done>());

  const finish = useCallback((e: Done) => {
    jobId.current = null;
    if (e.cancelled) return setJob({ state: 'cancelled' });
    if (!e.ok)
      return setJob({ state: 'failed', error: { code: 'internal', message: e.message ?? '' } });
    if (!e.items) return setJob({ state: 'empty' });
    setJob({ state: 'saving' });
    void save(e.jobId, type.current).then((saved) =>
      setJob(
        typeof saved === 'string'
          ? { state: 'done', items: e.items ?? 0, filename: saved }
          : { state: 'failed', error: saved },
      ),
    );
  }, []);

  useEffect(() => {
    const offProgress = subscribe('export.progress', (e) => {
      if (e.jobId === jobId.current) setJob({ state: 'running', done: e.done, total: e.total });
    });
    const offDone = subscribe('export.done', (e) => {
      if (e.jobId === jobId.current) finish(e);
      else early.current.set(e.jobId, e);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [finish]);

  const start = useCallback(
    async (input: Input<'exports.start'>) => {
      type.current = TYPES[input.format];
      setJob({ state: 'running', done: 0, total: 0 });
      const result = await call('exports.start', input);
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
    const result = await call('exports.cancel', { jobId: id });
    // Already over: its export.done says how it ended.
    if (!result.ok && result.error.code !== 'not_found')
      setJob({ state: 'failed', error: result.error });
  }, []);

  /** Clears what the last export said (a running one goes on). */
  const dismiss = useCallback(
    () => setJob((j) => (j.state === 'running' || j.state === 'saving' ? j : { state: 'idle' })),
    [],
  );

  /** The list itself is empty: nothing to start, and the user is told so. */
  const nothing = useCallback(() => setJob({ state: 'empty' }), []);

  return { job, start, cancel, dismiss, nothing };
}
