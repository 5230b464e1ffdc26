import { useEffect, useRef, useState } from 'react';
import type { ServerEvents } from '../../../api/contract';
import type { RunningRekey } from '../../../core/crypt';
import { call, subscribe } from '../../lib/api';

export type RekeyOutcome = ServerEvents['security.done'];

/**
 * The re-key running now (one at a time): its step from security.progress, its end from
 * security.done. `initial` is what security.status said when loaded; `onDone` reloads it.
 */
export function useRekeyJob(initial: RunningRekey | null | undefined, onDone: () => void) {
  const [running, setRunning] = useState<RunningRekey | null>(null);
  const [outcome, setOutcome] = useState<RekeyOutcome | null>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => {
    const offProgress = subscribe('security.progress', (p) => setRunning(p));
    const offDone = subscribe('security.done', (e) => {
      setRunning(null);
      setOutcome(e);
      done.current();
    });
    return () => {
      offProgress();
      offDone();
    };
  }, []);

  const shown = running ?? initial ?? null;
  return {
    running: shown,
    outcome,
    started: (op: RunningRekey['op'], jobId: string) => {
      setOutcome(null);
      setRunning({ jobId, op, step: null, done: 0, total: 0 });
    },
    cancel: async () => {
      if (shown) await call('security.cancel', { jobId: shown.jobId });
    },
  };
}
