import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result, ServerEvents } from '../../../api/contract';
import type { BackupOp, RunningBackup } from '../../../core/backups';
import { call, subscribe } from '../../lib/api';

export type BackupOutcome = ServerEvents['backup.done'];

/** The job shown: `jobId` is null between the click and the backend's answer. */
export type ShownJob = Omit<RunningBackup, 'jobId'> & { jobId: string | null };

export interface BackupJobApi {
  running: ShownJob | null;
  /** How the last job started here (or seen ending) ended. */
  outcome: BackupOutcome | null;
  /** Why the last start was refused. */
  error: ApiError | null;
  /** `onRefused` may take a refusal (a form shows it on its field): true when it did. */
  start(
    op: BackupOp,
    send: () => Promise<Result<{ jobId: string }>>,
    onRefused?: (e: ApiError) => boolean,
  ): Promise<void>;
  cancel(): Promise<void>;
}

/**
 * The backup, verification or restore running now: the backend runs one at a time, so
 * every backup.progress / backup.done event is about the job shown, whoever started it
 * (an automatic daily backup too). `initial` is what the list said was running when it
 * was loaded; `onDone` runs after every job's end (to reload the list).
 */
export function useBackupJob(
  initial: RunningBackup | null | undefined,
  onDone: (e: BackupOutcome) => void,
): BackupJobApi {
  const [running, setRunning] = useState<ShownJob | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  /** Jobs seen ending, so a list loaded before the end does not bring one back. */
  const [ended, setEnded] = useState<ReadonlySet<string>>(new Set());
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => {
    const offProgress = subscribe('backup.progress', ({ jobId, op, phase, done, total }) =>
      setRunning({ jobId, op, phase, done, total }),
    );
    const offDone = subscribe('backup.done', (e) => {
      setRunning(null);
      setEnded((ids) => new Set(ids).add(e.jobId));
      setOutcome(e);
      done.current(e);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, []);

  const start = useCallback(
    async (
      op: BackupOp,
      send: () => Promise<Result<{ jobId: string }>>,
      onRefused?: (e: ApiError) => boolean,
    ) => {
      setOutcome(null);
      setError(null);
      setRunning({ jobId: null, op, phase: null, done: 0, total: 0 });
      const result = await send();
      if (!result.ok) {
        setRunning(null);
        if (!onRefused?.(result.error)) setError(result.error);
        return;
      }
      const { jobId } = result.value;
      // Its end may have been reported already: then nothing runs any more.
      setRunning((r) => (r && r.jobId === null ? { ...r, jobId } : r));
    },
    [],
  );

  // Nothing started or reported here yet: the job the list says runs (a daily backup).
  const shown = running ?? (initial && !ended.has(initial.jobId) ? initial : null);
  const jobId = shown?.jobId ?? null;
  const cancel = useCallback(async () => {
    if (!jobId) return;
    const result = await call('backups.cancel', { jobId });
    // Already over: its backup.done event says how.
    if (!result.ok && result.error.code !== 'not_found') setError(result.error);
  }, [jobId]);

  return { running: shown, outcome, error, start, cancel };
}
