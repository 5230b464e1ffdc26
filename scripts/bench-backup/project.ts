/**
 * The project's path, as the app takes it: backups.create and backups.restore through
 * dispatch, the work done in the backup worker thread, timed until the backend's
 * `backup.done` event (a restore's done comes after the swap and the reopened folder).
 * The phases are timed from the `backup.progress` events, to show where the time goes.
 */
import type { ServerEvents } from '../../api/contract';
import type { Backend } from '../../api/dispatch';
import type { BackupSummary } from '../../core/backups';
import { call } from './seed';

export interface ProjectRun {
  ms: number;
  /**
   * Milliseconds: `start` from the call to the first progress event (the worker thread
   * starting), each phase, `end` from the last progress event to `backup.done`.
   */
  phases: Record<string, number>;
  backup: BackupSummary;
}

type Done = ServerEvents['backup.done'];

async function timedJob(backend: Backend, start: () => Promise<{ jobId: string }>) {
  const marks: [string, number][] = [];
  let lastAt = 0;
  let jobId: string | null = null;
  let finish!: (d: Done) => void;
  const done = new Promise<Done>((resolve) => (finish = resolve));
  const early: Done[] = [];
  const offProgress = backend.events.on('backup.progress', (p) => {
    lastAt = performance.now();
    if (marks.at(-1)?.[0] !== p.phase) marks.push([p.phase, lastAt]);
  });
  const offDone = backend.events.on('backup.done', (d) => {
    if (jobId === null) early.push(d);
    else if (d.jobId === jobId) finish(d);
  });
  const t0 = performance.now();
  try {
    jobId = (await start()).jobId;
    const seen = early.find((d) => d.jobId === jobId);
    if (seen) finish(seen);
    const result = await done;
    const t1 = performance.now();
    if (!result.ok || !result.backup) throw new Error(`the job failed: ${JSON.stringify(result)}`);
    const phases: Record<string, number> = { start: (marks[0]?.[1] ?? t1) - t0 };
    marks.forEach(([phase, at], i) => {
      phases[phase] = (phases[phase] ?? 0) + (marks[i + 1]?.[1] ?? lastAt) - at;
    });
    phases.end = t1 - (lastAt || t1);
    return { ms: t1 - t0, phases, backup: result.backup };
  } finally {
    offProgress();
    offDone();
  }
}

/** A backup into `to` (a folder outside the data folder), verified, as "Back up to a folder…". */
export function projectBackup(backend: Backend, to: string): Promise<ProjectRun> {
  return timedJob(backend, () => call(backend, 'backups.create', { to }));
}

/** The restore of a listed backup: verified, a safety copy of what is there, then the swap. */
export function projectRestore(
  backend: Backend,
  id: string,
  location: string,
): Promise<ProjectRun> {
  return timedJob(backend, () => call(backend, 'backups.restore', { id, location }));
}
