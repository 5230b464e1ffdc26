import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ServerEvents } from '../../../api/contract';
import type { Lang } from '../../../core/messages';
import type { PacketRecord } from '../../../core/types';
import { call, subscribe } from '../../lib/api';

export type PacketJob =
  | { state: 'idle' }
  | { state: 'running'; jobId: string | null; done: number; total: number }
  | { state: 'done'; packet: PacketRecord }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiError };

type Done = ServerEvents['job.done'];

/**
 * One packet export of a case: started with packets.start, followed through the pushed
 * job.progress / job.done events, cancellable. Events that arrive before the job id is
 * known are kept and applied once it is.
 */
export function usePacketJob(caseId: number, onFinished: () => void) {
  const [job, setJob] = useState<PacketJob>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  const early = useRef(new Map<string, Done>());

  const finish = useCallback(
    (e: Done) => {
      jobId.current = null;
      if (e.ok && e.packet) setJob({ state: 'done', packet: e.packet });
      else if (e.cancelled) setJob({ state: 'cancelled' });
      else setJob({ state: 'failed', error: { code: 'internal', message: e.message ?? '' } });
      onFinished();
    },
    [onFinished],
  );

  useEffect(() => {
    const offProgress = subscribe('job.progress', (e) => {
      if (e.caseId !== caseId || e.jobId !== jobId.current) return;
      setJob({ state: 'running', jobId: e.jobId, done: e.done, total: e.total });
    });
    const offDone = subscribe('job.done', (e) => {
      if (e.caseId !== caseId) return;
      if (e.jobId === jobId.current) finish(e);
      else early.current.set(e.jobId, e);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [caseId, finish]);

  /**
   * Starts an export. A refusal the form can show on a field (the reason it needs) is
   * returned with the job back to idle; any other refusal is the job's failure.
   */
  const start = useCallback(
    async (lang: Lang, reason: string): Promise<ApiError | null> => {
      setJob({ state: 'running', jobId: null, done: 0, total: 0 });
      const result = await call('packets.start', { caseId, lang, reason });
      if (!result.ok) {
        if (result.error.field) {
          setJob({ state: 'idle' });
          return result.error;
        }
        setJob({ state: 'failed', error: result.error });
        return null;
      }
      const id = result.value.jobId;
      jobId.current = id;
      const arrived = early.current.get(id);
      early.current.clear();
      if (arrived) finish(arrived);
      else setJob((j) => (j.state === 'running' ? { ...j, jobId: id } : j));
      return null;
    },
    [caseId, finish],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    const result = await call('packets.cancel', { jobId: id });
    // Already finished: its job.done event says how.
    if (!result.ok && result.error.code !== 'not_found')
      setJob({ state: 'failed', error: result.error });
  }, []);

  return { job, start, cancel };
}
