import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Input, ServerEvents } from '../../../api/contract';
import type { ImportOutcome } from '../../../core/import/results';
import { call, subscribe } from '../../lib/api';

export type ImportJobState =
  | { state: 'idle' }
  | {
      state: 'running';
      mode: ImportOutcome['mode'];
      phase: ServerEvents['import.progress']['phase'] | null;
      done: number;
      total: number;
    }
  | { state: 'done'; outcome: ImportOutcome }
  | { state: 'cancelled'; mode: ImportOutcome['mode'] }
  | { state: 'failed'; mode: ImportOutcome['mode']; error: ApiError };

type Done = ServerEvents['import.done'];

/**
 * One import job at a time (preview, dry run, run or undo): started by a channel, followed
 * through import.progress / import.done, its outcome read with import.result; cancellable.
 * A newer start supersedes an older one, whose end is then ignored.
 */
export function useImportJob() {
  const [job, setJob] = useState<ImportJobState>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  const early = useRef(new Map<string, Done>());

  const finish = useCallback(async (e: Done) => {
    jobId.current = null;
    if (e.cancelled) return setJob({ state: 'cancelled', mode: e.mode });
    if (!e.ok)
      return setJob({
        state: 'failed',
        mode: e.mode,
        error: { code: 'conflict', message: e.message ?? '' },
      });
    const r = await call('import.read', { jobId: e.jobId });
    setJob(
      r.ok
        ? { state: 'done', outcome: r.value }
        : { state: 'failed', mode: e.mode, error: r.error },
    );
  }, []);

  useEffect(() => {
    const offProgress = subscribe('import.progress', (e) => {
      if (e.jobId === jobId.current)
        setJob({ state: 'running', mode: e.mode, phase: e.phase, done: e.done, total: e.total });
    });
    const offDone = subscribe('import.done', (e) => {
      if (e.jobId === jobId.current) void finish(e);
      else early.current.set(e.jobId, e);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [finish]);

  const begin = useCallback(
    async (
      mode: ImportOutcome['mode'],
      started: Promise<{ ok: true; value: { jobId: string } } | { ok: false; error: ApiError }>,
    ) => {
      setJob({ state: 'running', mode, phase: null, done: 0, total: 0 });
      const result = await started;
      if (!result.ok) return setJob({ state: 'failed', mode, error: result.error });
      jobId.current = result.value.jobId;
      const arrived = early.current.get(result.value.jobId);
      early.current.clear();
      if (arrived) void finish(arrived);
    },
    [finish],
  );

  const check = useCallback(
    (input: Input<'import.check'>) => begin('preview', call('import.check', input)),
    [begin],
  );
  const start = useCallback(
    (input: Input<'import.start'>) => begin(input.mode, call('import.start', input)),
    [begin],
  );
  const undo = useCallback(
    (batchId: number) => begin('undo', call('import.undo', { batchId })),
    [begin],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id) await call('import.cancel', { jobId: id });
  }, []);

  const reset = useCallback(() => {
    jobId.current = null;
    setJob({ state: 'idle' });
  }, []);

  return { job, check, start, undo, cancel, reset };
}
