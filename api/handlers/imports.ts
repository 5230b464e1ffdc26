/**
 * Import from spreadsheets (issue 13, docs/import.md). The picked files arrive through the
 * upload channels; import.open reads them whole (ctx.uploads.contents, with their SHA-256)
 * into sheets in a worker and offers a mapping (the firm's remembered one for these
 * headers, else recognised from them). The sheets stay here, by session, while the user
 * maps, previews, dry-runs and runs: each a job in a worker (jobs/import-ops.ts) with
 * progress and cancel, its outcome read once it ends. Undo is a job too.
 */
import { randomUUID } from 'node:crypto';
import { decodeMessage, isMessageKey, translateMessage } from '../../core/messages';
import { headerSetKey, normaliseHeader, recogniseHeaders } from '../../core/import/headers';
import type { ImportOpened, ImportOutcome } from '../../core/import/results';
import type { ImportSheet, Mapping } from '../../core/import/types';
import type { ImportFileRef } from '../../jobs/import-write';
import type { ImportJob } from '../../jobs/import-ops';
import { runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import { jobFailureMessage } from '../job-failure';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf } from './context';

type Channels =
  | 'import.open'
  | 'import.check'
  | 'import.start'
  | 'import.cancel'
  | 'import.read'
  | 'import.list'
  | 'import.undo';

interface Session {
  files: ImportFileRef[];
  sheets: ImportSheet[];
  headerKey: string;
}

/** Open imports, by session id; the oldest goes when a fifth opens. */
const sessions = new Map<string, Session>();
/** Finished jobs' outcomes, by job id, kept for the window to read. */
const outcomes = new Map<string, ImportOutcome>();
const KEEP = 4;

function keep<T>(map: Map<string, T>, key: string, value: T): void {
  map.set(key, value);
  for (const k of [...map.keys()].slice(0, Math.max(0, map.size - KEEP))) map.delete(k);
}

/** A refusal the worker made (an encoded message), or AppError's own, as a thrown AppError. */
function refusalOf(err: unknown): AppError | null {
  if (!(err instanceof Error) || err.name !== 'ImportRefusal') return null;
  const { key, params } = decodeMessage(err.message);
  return isMessageKey(key) ? new AppError('conflict', key, params) : null;
}

function mappingFor(ctx: HandlerContext, sheets: ImportSheet[], headerKey: string) {
  const remembered = ctx.repos.imports.mapping(headerKey) as Mapping | null;
  if (remembered) return { mapping: remembered, remembered: true };
  const mapping: Mapping = {};
  for (const sheet of sheets) {
    const targets = recogniseHeaders(sheet.headers);
    sheet.headers.forEach((h, i) => {
      const key = normaliseHeader(h);
      if (key !== '' && (mapping[key] === undefined || mapping[key] === 'ignore'))
        mapping[key] = targets[i]!;
    });
  }
  return { mapping, remembered: false };
}

function startJob(ctx: HandlerContext, mode: ImportOutcome['mode'], job: ImportJob) {
  const jobId = randomUUID();
  const controller = new AbortController();
  ctx.jobs.set(jobId, controller);
  const worker = runWorker<ImportOutcome, 'import-worker'>('import-worker', job, {
    bundledDir: ctx.bundledJobs,
    onProgress: (phase, done, total) =>
      ctx.events.emit('import.progress', { jobId, mode, phase, done, total }),
  });
  controller.signal.addEventListener('abort', () => worker.cancel(), { once: true });
  void worker.result
    .then((outcome) => {
      keep(outcomes, jobId, outcome);
      ctx.events.emit('import.done', { jobId, mode, ok: true });
      if (mode === 'run' || mode === 'undo')
        ctx.events.emit('data.changed', {
          channel: mode === 'run' ? 'import.start' : 'import.undo',
        });
    })
    .catch((err: unknown) => {
      if (controller.signal.aborted) {
        ctx.events.emit('import.done', { jobId, mode, ok: false, cancelled: true });
        return;
      }
      const refusal = refusalOf(err);
      const message = refusal
        ? translateMessage(`${refusal.key}|${JSON.stringify(refusal.params)}`, ctx.lang)
        : jobFailureMessage(ctx, 'import.start', err);
      ctx.events.emit('import.done', { jobId, mode, ok: false, message });
    })
    .finally(() => ctx.jobs.delete(jobId));
  return { jobId };
}

/** Checks, dry-runs or runs the session's rows with this mapping, leaving out the skipped rows. */
function startRows(
  ctx: HandlerContext,
  mode: 'preview' | 'dryRun' | 'run',
  { sessionId, mapping, skipped }: { sessionId: string; mapping: Mapping; skipped: string[] },
) {
  const session = sessions.get(sessionId);
  if (!session) throw new AppError('not_found', 'import.unknownSession', {}, 'sessionId');
  return startJob(ctx, mode, {
    op: mode,
    dataDir: ctx.dataDir,
    sheets: session.sheets,
    mapping,
    mappingKey: session.headerKey,
    skipped,
    files: session.files,
    actor: actorOf(ctx),
  });
}

export const importHandlers: HandlerTable<Channels> = {
  'import.open': async ({ uploadIds }, ctx) => {
    const files: { name: string; bytes: Uint8Array; sha256: string }[] = [];
    try {
      for (const id of uploadIds) {
        const upload = ctx.uploads.get(id);
        if (!upload) throw new AppError('not_found', 'files.uploadUnknown', {}, 'uploadIds');
        const { bytes, sha256, filename } = await ctx.uploads.contents(upload);
        files.push({ name: filename, bytes, sha256 });
      }
    } finally {
      for (const id of uploadIds) ctx.uploads.drop(id);
    }
    let sheets: ImportSheet[];
    try {
      sheets = await runWorker<ImportSheet[], 'import-worker'>(
        'import-worker',
        { op: 'read', files: files.map(({ name, bytes }) => ({ name, bytes })) },
        { bundledDir: ctx.bundledJobs },
      ).result;
    } catch (err) {
      throw refusalOf(err) ?? err;
    }
    if (sheets.every((s) => s.rows.length === 0)) throw new AppError('invalid', 'import.noRows');
    const headerKey = headerSetKey(sheets.flatMap((s) => s.headers));
    const sessionId = randomUUID();
    const refs = files.map(({ name, sha256 }) => ({ name, sha256 }));
    keep(sessions, sessionId, { files: refs, sheets, headerKey });
    const opened: ImportOpened = {
      sessionId,
      files: refs.map((f) => ({ ...f, sheets: sheets.filter((s) => s.file === f.name).length })),
      sheets,
      ...mappingFor(ctx, sheets, headerKey),
    };
    return opened;
  },

  'import.check': (input, ctx) => startRows(ctx, 'preview', input),

  'import.start': ({ mode, ...input }, ctx) => startRows(ctx, mode, input),

  'import.cancel': ({ jobId }, ctx) => {
    const job = ctx.jobs.get(jobId);
    if (!job) throw new AppError('not_found', 'packets.unknownJob');
    job.abort();
    return { cancelled: true };
  },

  'import.read': ({ jobId }) => {
    const outcome = outcomes.get(jobId);
    if (!outcome) throw new AppError('not_found', 'packets.unknownJob');
    return outcome;
  },

  'import.list': (_input, ctx) => ({ batches: ctx.repos.imports.list() }),

  'import.undo': ({ batchId }, ctx) => {
    if (!ctx.repos.imports.get(batchId)) throw new AppError('not_found', 'import.unknownBatch');
    return startJob(ctx, 'undo', {
      op: 'undo',
      dataDir: ctx.dataDir,
      batchId,
      actor: actorOf(ctx),
      lang: ctx.lang,
    });
  },
};
