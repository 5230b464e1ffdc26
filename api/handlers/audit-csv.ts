/**
 * The audit log's CSV export: exactly what the filters select, all of it, written by a
 * worker thread (jobs/audit-worker.ts) with progress events and a cancel; the finished file
 * is read back in chunks (as uploads arrive in chunks), so even a log of a million entries
 * reaches the user as any other download does, without one huge answer.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { translateMessage } from '../../core/messages';
import { timeZone, today } from '../../core/today';
import type { AuditExportJob, AuditExportResult } from '../../jobs/audit-export';
import { JobCancelledError, runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import { jobFailureMessage } from '../job-failure';
import { auditQuery } from './audit';
import type { HandlerContext, HandlerTable } from './context';

/** Bytes of the file per read: 4 MiB, about 5.6 MB of base64 in one answer. */
export const CSV_CHUNK = 4 * 1024 * 1024;

interface Finished {
  path: string;
  filename: string;
  size: number;
}

/** Finished exports waiting to be read, by job id; a file goes once its last chunk is read. */
const finished = new Map<string, Finished>();
/** The exports running now: only these can be cancelled here (not another kind of job). */
const running = new Set<string>();

function report(ctx: HandlerContext, jobId: string, err: unknown): void {
  if (err instanceof JobCancelledError) {
    ctx.events.emit('audit.done', { jobId, ok: false, cancelled: true });
  } else {
    const message = jobFailureMessage(ctx, 'history.csv', err);
    ctx.events.emit('audit.done', { jobId, ok: false, message });
  }
}

export const auditCsvHandlers: HandlerTable<
  'history.csv' | 'history.csvCancel' | 'history.csvRead'
> = {
  /** Starts the export; progress and the end arrive as audit.progress and audit.done. */
  'history.csv': (filter, ctx) => {
    const jobId = randomUUID();
    const filename = translateMessage(
      `audit.csv.filename|${JSON.stringify({ date: today() })}`,
      ctx.lang,
    );
    const job: AuditExportJob = {
      dataDir: ctx.dataDir,
      query: auditQuery(filter),
      lang: ctx.lang,
      zone: timeZone(),
      path: ctx.openCopies.reserve(filename),
    };
    const controller = new AbortController();
    ctx.jobs.set(jobId, controller);
    running.add(jobId);
    const worker = runWorker<AuditExportResult, 'audit-worker'>('audit-worker', job, {
      bundledDir: ctx.bundledJobs,
      onProgress: (_phase, done, total) =>
        ctx.events.emit('audit.progress', { jobId, done, total }),
    });
    controller.signal.addEventListener('abort', () => worker.cancel(), { once: true });
    void worker.result
      .then(({ entries, bytes }) => {
        ctx.jobs.delete(jobId);
        running.delete(jobId);
        finished.set(jobId, { path: job.path, filename, size: bytes });
        ctx.events.emit('audit.done', { jobId, ok: true, entries, filename, size: bytes });
      })
      .catch((err: unknown) => {
        ctx.jobs.delete(jobId);
        running.delete(jobId);
        rmSync(dirname(job.path), { recursive: true, force: true });
        report(ctx, jobId, err);
      });
    return { jobId };
  },

  'history.csvCancel': ({ jobId }, ctx) => {
    const job = running.has(jobId) ? ctx.jobs.get(jobId) : undefined;
    if (!job) throw new AppError('not_found', 'audit.unknownJob');
    job.abort();
    return { cancelled: true };
  },

  /** A chunk of a finished export from `offset`, as base64; `next` is null after the last. */
  'history.csvRead': ({ jobId, offset }) => {
    const file = finished.get(jobId);
    if (!file || offset > file.size) throw new AppError('not_found', 'audit.unknownJob');
    const length = Math.min(CSV_CHUNK, file.size - offset);
    const buffer = Buffer.alloc(length);
    const fd = openSync(file.path, 'r');
    try {
      readSync(fd, buffer, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    const next = offset + length < file.size ? offset + length : null;
    if (next === null) {
      finished.delete(jobId);
      rmSync(dirname(file.path), { recursive: true, force: true });
    }
    return { filename: file.filename, size: file.size, data: buffer.toString('base64'), next };
  },
};
