/**
 * Starts a job in a worker thread (ARCHITECTURE.md: long work never runs on the server
 * thread, where better-sqlite3 would stall every window). In a bundle (the desktop app)
 * the worker is the bundled `<name>.cjs` beside the main bundle; from source (npm run
 * serve, tests) it is the TypeScript entry, loaded through tsx.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupPhase } from '../core/backups';
import type { RekeyStep } from '../db/crypt/rekey';
import { reviveError, type WorkerMessage } from './messages';
import { envelope } from './worker-data';
import type { ImportPhase } from './import-ops';

export interface RunningWorker<T> {
  result: Promise<T>;
  /** Asks the job to stop; it removes what it wrote and the result rejects (cancelled). */
  cancel(): void;
}

export class JobCancelledError extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelledError';
  }
}

/** How long a cancelled job may take to clean up before its thread is stopped. */
const CANCEL_GRACE_MS = 15_000;

export function workerFor(name: string, job: unknown, bundledDir: string | undefined): Worker {
  const data = envelope(job);
  if (bundledDir) {
    // Through require(), so the desktop shell's module loader (asar) resolves it.
    const file = join(bundledDir, `${name}.cjs`);
    return new Worker(`require(${JSON.stringify(file)})`, { eval: true, workerData: data });
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `require(${JSON.stringify(tsx)}).tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)})`;
  return new Worker(`${boot}.catch((e) => { console.error(e); process.exit(1); })`, {
    eval: true,
    workerData: data,
  });
}

/**
 * Each worker, bundled under its name (vite.serve.config.ts, forge.config.ts), and the
 * phases its progress names.
 */
interface Workers {
  'backup-worker': BackupPhase;
  'calendar-worker': 'evaluating';
  'packet-worker': 'packet';
  'chain-worker': 'verifying';
  'list-export-worker': 'exporting';
  'reports-worker': 'counting';
  'rekey-worker': RekeyStep;
  'personal-export-worker': 'export';
  'import-worker': ImportPhase;
  'bundle-read-worker': 'verifying';
}
export type WorkerName = keyof Workers;

export function runWorker<T, N extends WorkerName = 'backup-worker'>(
  name: N,
  data: unknown,
  opts: {
    onProgress?: (phase: Workers[N], done: number, total: number) => void;
    bundledDir?: string;
  } = {},
): RunningWorker<T> {
  const worker = workerFor(name, data, opts.bundledDir);
  let cancelled = false;
  let settled = false;
  const result = new Promise<T>((resolve, reject) => {
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.phase as Workers[N], m.done, m.total);
      else if (m.type === 'done') settle(() => resolve(m.value as T));
      else settle(() => reject(m.cancelled ? new JobCancelledError() : reviveError(m.error)));
    });
    worker.on('error', (err) => settle(() => reject(cancelled ? new JobCancelledError() : err)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          cancelled ? new JobCancelledError() : new Error(`The job's thread stopped (${code}).`),
        ),
      ),
    );
  });
  return {
    result,
    cancel() {
      if (cancelled || settled) return;
      cancelled = true;
      worker.postMessage('cancel');
      const timer = setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS);
      timer.unref();
      void result.catch(() => undefined).finally(() => clearTimeout(timer));
    },
  };
}
