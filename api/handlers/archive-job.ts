/**
 * A zip made in a worker thread (jobs/personal-export-worker.ts) and kept until the window
 * that asked for it saves it, read once: the personal-data export and the case bundle
 * export both go this way. The caller says what its progress and end events carry.
 */
import { randomUUID } from 'node:crypto';
import type { ExportJob, ExportJobResult } from '../../jobs/personal-export-job';
import { runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import type { MessageKey } from '../../core/messages';
import { jobFailureMessage } from '../job-failure';
import type { Channel } from '../contract';
import type { HandlerContext } from './context';

interface Archive {
  filename: string;
  bytes: Uint8Array;
}

/** Finished archives not yet saved, by job id; the oldest goes when a fifth arrives. */
const ready = new Map<string, Archive>();
const READY_KEEP = 4;

export type ArchiveEnd =
  { ok: true; filename: string } | { ok: false; cancelled: true } | { ok: false; message: string };

export function startArchive(
  ctx: HandlerContext,
  channel: Channel,
  job: Omit<ExportJob, 'dataDir'>,
  on: {
    filename: string;
    progress(jobId: string, done: number, total: number): void;
    /** Runs before the archive is offered (e.g. its history entry); a throw fails the job. */
    made?(bytes: Uint8Array): void;
    end(jobId: string, end: ArchiveEnd): void;
  },
): string {
  const jobId = randomUUID();
  const controller = new AbortController();
  ctx.jobs.set(jobId, controller);
  const worker = runWorker<ExportJobResult, 'personal-export-worker'>(
    'personal-export-worker',
    { dataDir: ctx.dataDir, ...job },
    {
      bundledDir: ctx.bundledJobs,
      onProgress: (_phase, done, total) => on.progress(jobId, done, total),
    },
  );
  controller.signal.addEventListener('abort', () => worker.cancel(), { once: true });
  void worker.result
    .then(({ bytes }) => {
      controller.signal.throwIfAborted();
      on.made?.(bytes);
      ready.set(jobId, { filename: on.filename, bytes });
      for (const key of [...ready.keys()].slice(0, Math.max(0, ready.size - READY_KEEP)))
        ready.delete(key);
      on.end(jobId, { ok: true, filename: on.filename });
      ctx.events.emit('data.changed', { channel });
    })
    .catch((err: unknown) => {
      if (controller.signal.aborted) on.end(jobId, { ok: false, cancelled: true });
      else on.end(jobId, { ok: false, message: jobFailureMessage(ctx, channel, err) });
    })
    .finally(() => ctx.jobs.delete(jobId));
  return jobId;
}

export function cancelArchive(ctx: HandlerContext, jobId: string): { cancelled: boolean } {
  const job = ctx.jobs.get(jobId);
  if (!job) throw new AppError('not_found', 'packets.unknownJob');
  job.abort();
  return { cancelled: true };
}

/** The finished archive, once: the window saves it as a download. */
export function takeArchive(jobId: string, gone: MessageKey): { filename: string; data: string } {
  const archive = ready.get(jobId);
  if (!archive) throw new AppError('not_found', gone);
  ready.delete(jobId);
  return { filename: archive.filename, data: Buffer.from(archive.bytes).toString('base64') };
}
