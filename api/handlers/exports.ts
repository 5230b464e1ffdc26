/**
 * Every list's export (cases, clients, reviewer queue, calendar, audit log) to CSV or
 * .xlsx: exactly what the list's own input selects, all of it, written by a worker thread
 * (jobs/list-export-worker.ts) with progress events and a cancel; the finished file is
 * read back in chunks (as uploads arrive in chunks), so even a list of a million rows
 * reaches the user as any other download does, without one huge answer.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportFilename, unpaged, type ExportStart } from '../../core/export';
import { timeZone, today } from '../../core/today';
import type { ExportSelection } from '../../jobs/export/sources';
import type { ListExportJob, ListExportResult } from '../../jobs/list-export';
import { JobCancelledError, runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import { jobFailureMessage } from '../job-failure';
import { agendaQuery } from './agenda';
import { auditQuery } from './audit';
import type { HandlerContext, HandlerTable } from './context';
import { refreshStale } from './refresh';

/** Bytes of the file per read: 4 MiB, about 5.6 MB of base64 in one answer. */
export const EXPORT_CHUNK = 4 * 1024 * 1024;

interface Finished {
  path: string;
  filename: string;
  size: number;
}

/** Finished exports waiting to be read, by job id; a file goes once its last chunk is read. */
const finished = new Map<string, Finished>();
/** The exports running now: only these can be cancelled here (not another kind of job). */
const running = new Set<string>();

/**
 * What the worker reads, from the list's own input (its page and cursor aside), prepared
 * as the list channel prepares its first page: the same dates brought up to today, the
 * same range and day for the calendar, the same days-to-instants for the audit log.
 */
function selectionOf(ctx: HandlerContext, start: ExportStart): ExportSelection {
  switch (start.list) {
    case 'cases': {
      refreshStale(ctx);
      return { list: 'cases', query: unpaged(start.filter) };
    }
    case 'clients':
      return { list: 'clients', query: unpaged(start.filter) };
    case 'queue':
      refreshStale(ctx);
      return { list: 'queue', today: today() };
    case 'agenda': {
      const { now, query } = agendaQuery(ctx, start.filter);
      return { list: 'agenda', today: now, query };
    }
    case 'audit':
      return { list: 'audit', query: auditQuery(unpaged(start.filter)) };
  }
}

function report(ctx: HandlerContext, jobId: string, list: ExportStart['list'], err: unknown) {
  if (err instanceof JobCancelledError) {
    ctx.events.emit('export.done', { jobId, list, ok: false, cancelled: true });
  } else {
    const message = jobFailureMessage(ctx, 'exports.start', err);
    ctx.events.emit('export.done', { jobId, list, ok: false, message });
  }
}

export const exportHandlers: HandlerTable<'exports.start' | 'exports.cancel' | 'exports.read'> = {
  /** Starts the export; progress and the end arrive as export.progress and export.done. */
  'exports.start': (start, ctx) => {
    const jobId = randomUUID();
    const { list, format } = start;
    const filename = exportFilename(list, format, today());
    const job: ListExportJob = {
      dataDir: ctx.dataDir,
      selection: selectionOf(ctx, start),
      format,
      lang: ctx.lang,
      zone: timeZone(),
      path: ctx.openCopies.reserve(filename),
    };
    const controller = new AbortController();
    ctx.jobs.set(jobId, controller);
    running.add(jobId);
    const worker = runWorker<ListExportResult, 'list-export-worker'>('list-export-worker', job, {
      bundledDir: ctx.bundledJobs,
      onProgress: (_phase, done, total) =>
        ctx.events.emit('export.progress', { jobId, list, done, total }),
    });
    controller.signal.addEventListener('abort', () => worker.cancel(), { once: true });
    const over = () => {
      ctx.jobs.delete(jobId);
      running.delete(jobId);
    };
    void worker.result
      .then(({ items, bytes }) => {
        over();
        if (items === 0) {
          // Nothing matched: no file, and the end says so.
          rmSync(dirname(job.path), { recursive: true, force: true });
          ctx.events.emit('export.done', { jobId, list, ok: true, items: 0 });
          return;
        }
        finished.set(jobId, { path: job.path, filename, size: bytes });
        ctx.events.emit('export.done', { jobId, list, ok: true, items, filename, size: bytes });
      })
      .catch((err: unknown) => {
        over();
        rmSync(dirname(job.path), { recursive: true, force: true });
        report(ctx, jobId, list, err);
      });
    return { jobId };
  },

  'exports.cancel': ({ jobId }, ctx) => {
    const job = running.has(jobId) ? ctx.jobs.get(jobId) : undefined;
    if (!job) throw new AppError('not_found', 'export.unknownJob');
    job.abort();
    return { cancelled: true };
  },

  /** A chunk of a finished export from `offset`, as base64; `next` is null after the last. */
  'exports.read': ({ jobId, offset }) => {
    const file = finished.get(jobId);
    if (!file || offset > file.size) throw new AppError('not_found', 'export.unknownJob');
    const length = Math.min(EXPORT_CHUNK, file.size - offset);
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
