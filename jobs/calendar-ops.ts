/**
 * A holiday year's preview or save, run in a worker thread (jobs/calendar-worker.ts) on
 * its own connection so the server thread keeps answering. Stops between batches on the
 * signal; a save writes nothing until every case is checked, then writes in one transaction.
 */
import type { UserYear } from '../core/dates';
import type { CalendarChange } from '../core/types';
import { openDatabase, openWritable } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { dataVersion, immediateTransaction } from '../db/write-snapshot';
import { movedCases, moveYear, saveYear } from './calendar-year';

export interface CalendarJob {
  op: 'preview' | 'save';
  dataDir: string;
  year: UserYear;
}

export interface CalendarJobResult {
  year: number;
  changes: CalendarChange[];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runCalendarJob(
  job: CalendarJob,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<CalendarJobResult> {
  const db =
    job.op === 'preview'
      ? openDatabase(job.dataDir, { readOnly: true })
      : openWritable(job.dataDir);
  try {
    const repos = createRepositories(db);
    const since = dataVersion(db);
    const run = moveYear(repos, job.year);
    let step = run.next();
    while (!step.done) {
      onProgress(step.value.done, step.value.total);
      // Lets the thread hear a cancel between batches.
      await nextTurn();
      signal.throwIfAborted();
      step = run.next();
    }
    const moved = step.value;
    if (job.op === 'preview') return { year: job.year.year, changes: moved.map((m) => m.change) };
    return immediateTransaction(db, () =>
      // A case written meanwhile is checked again, now that nothing else can write.
      saveYear(repos, job.year, dataVersion(db) === since ? moved : movedCases(repos, job.year)),
    );
  } finally {
    db.close();
  }
}
