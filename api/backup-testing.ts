/** Test support for backups through dispatch: waiting for a job's end, and counting cases. */
import type { ServerEvents } from './contract';
import type { Backend } from './dispatch';
import type { TestBackend } from './testing';

type Done = ServerEvents['backup.done'];

/** Keeps every backup.done event from now on; `done(jobId)` waits for that job's. */
export function jobEnds(backend: Backend) {
  const seen = new Map<string, Done>();
  const waiting = new Map<string, (d: Done) => void>();
  backend.events.on('backup.done', (d) => {
    seen.set(d.jobId, d);
    waiting.get(d.jobId)?.(d);
  });
  return {
    done(jobId: string): Promise<Done> {
      const d = seen.get(jobId);
      return d ? Promise.resolve(d) : new Promise((resolve) => waiting.set(jobId, resolve));
    },
  };
}

/** Starts a backup job through dispatch and waits for its end. */
export async function backUp(t: TestBackend, input: { to?: string } = {}): Promise<Done> {
  const ends = jobEnds(t.backend);
  const { jobId } = await t.ok('backups.create', input);
  return ends.done(jobId);
}

export async function caseCount(t: TestBackend): Promise<number> {
  return (await t.ok('dashboard.summary', {})).cases;
}
