/**
 * What the data folder's owner clears when it opens the folder: temp files of the store,
 * uploads a crash or kill abandoned, stored files no row names (a removed file's history
 * keeps its name, size and SHA-256, not its bytes: removing a file removes it), and the
 * open-with copies of earlier runs. Runs after the backend opened, alongside the first
 * calls: deleting takes each hash's lock, as attaching does, and uploads of this process
 * are known and kept.
 */
import type { AttachmentStore, SweepResult } from '../db/attachments/store';
import type { Uploads } from '../db/attachments/uploads';
import type { OpenCopies } from './open-copies';

export interface StartupSweep {
  temp: SweepResult;
  uploads: SweepResult;
  unreferenced: SweepResult;
  openCopies: SweepResult;
}

const NONE: SweepResult = { removed: 0, bytes: 0 };
/** What a folder opened read-only reports: it is never swept. */
export const NOTHING_SWEPT: StartupSweep = {
  temp: NONE,
  uploads: NONE,
  unreferenced: NONE,
  openCopies: NONE,
};

export async function sweepAtStartup(deps: {
  store: AttachmentStore;
  uploads: Uploads;
  openCopies: OpenCopies;
  log: (line: Record<string, unknown>) => void;
  signal: AbortSignal;
}): Promise<StartupSweep> {
  const { store, uploads, openCopies, log, signal } = deps;
  /** One failing step is logged and leaves the others to run; nothing is thrown at start-up. */
  const step = async (name: string, run: () => Promise<SweepResult> | SweepResult) => {
    if (signal.aborted) return NONE;
    try {
      return await run();
    } catch (err) {
      if (!signal.aborted)
        log({ level: 'warn', event: 'startup.sweep', step: name, error: String(err) });
      return NONE;
    }
  };
  const report: StartupSweep = {
    temp: await step('temp', () => store.sweepTemp()),
    uploads: await step('uploads', () => uploads.sweepAbandoned()),
    unreferenced: await step('unreferenced', () => store.sweepUnreferenced({ signal })),
    openCopies: await step('openCopies', () => openCopies.sweepStale()),
  };
  if (Object.values(report).some((r) => r.removed > 0))
    log({ level: 'info', event: 'startup.sweep', ...report });
  return report;
}
