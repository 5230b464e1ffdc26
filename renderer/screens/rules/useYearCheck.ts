/**
 * Follows a holiday year's preview or save while the backend checks the cases in a
 * worker thread: calendar.progress events of that year and operation, and stopping it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, subscribe } from '../../lib/api';

export interface YearCheck {
  op: 'preview' | 'save';
  year: number;
  jobId: string | null;
  done: number;
  total: number;
}

export function useYearCheck() {
  const [check, setCheck] = useState<YearCheck | null>(null);
  const following = useRef<{ op: YearCheck['op']; year: number } | null>(null);

  useEffect(
    () =>
      subscribe('calendar.progress', (e) => {
        const f = following.current;
        if (!f || f.op !== e.op || f.year !== e.year) return;
        setCheck({ op: e.op, year: e.year, jobId: e.jobId, done: e.done, total: e.total });
      }),
    [],
  );

  /** Runs `work` (the channel call) while following the check it starts. */
  const follow = useCallback(
    async <T>(op: YearCheck['op'], year: number, work: () => Promise<T>) => {
      following.current = { op, year };
      setCheck({ op, year, jobId: null, done: 0, total: 0 });
      try {
        return await work();
      } finally {
        following.current = null;
        setCheck(null);
      }
    },
    [],
  );

  const stop = useCallback(() => {
    if (check?.jobId) void call('calendars.cancel', { jobId: check.jobId });
  }, [check]);

  return { check, follow, stop };
}
