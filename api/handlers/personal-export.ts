/**
 * "Export personal data" (PIPL): one zip with everything stored about a client — records
 * as JSON, their files, the history entries that mention them, a readme in both
 * languages. Gathered here (one client's rows), zipped in a worker thread (the files may
 * be large), kept until the window that asked saves it (read once), and logged.
 */
import { randomUUID } from 'node:crypto';
import { exportFileName, exportReadme } from '../../core/personal/export';
import { safeFileName } from '../../core/files';
import { today } from '../../core/today';
import type { CaseDetail } from '../../core/types';
import type { ExportEntry, ExportJobResult } from '../../jobs/personal-export-job';
import { runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import { jobFailureMessage } from '../job-failure';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { caseDetail } from './cases';
import { requireClient } from './clients';

type Channels = 'personal.exportStart' | 'personal.exportCancel' | 'personal.exportRead';

interface Archive {
  clientId: number;
  filename: string;
  bytes: Uint8Array;
}

/** Finished archives not yet saved, by job id; the oldest goes when a fifth arrives. */
const ready = new Map<string, Archive>();
const READY_KEEP = 4;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Everything stored about the client, as the archive's entries. */
function entriesOf(ctx: HandlerContext, clientId: number) {
  const client = requireClient(ctx, clientId);
  const files: ExportEntry[] = [];
  const cases = ctx.repos.cases.forClient(clientId).map((summary) => {
    // The case as its page shows it, less what client.json and history.json hold in full.
    const detail: Partial<CaseDetail> = caseDetail(ctx, summary.id);
    delete detail.client;
    delete detail.clientIdNumber;
    delete detail.history;
    const folder = `files/case-${summary.id}`;
    for (const f of ctx.repos.files.forCase(summary.id))
      files.push({ path: `${folder}/${f.id}-${safeFileName(f.filename)}`, sha256: f.sha256 });
    for (const p of detail.packets ?? [])
      files.push({
        path: `${folder}/packets/${p.id}-${safeFileName(p.filename)}`,
        sha256: p.sha256,
      });
    return detail;
  });
  const history = ctx.repos.personal.mentionEntries(clientId);
  const entries: ExportEntry[] = [
    { path: 'README.txt', text: exportReadme(client.name, today()) },
    { path: 'client.json', text: json(client) },
    { path: 'listings.json', text: json(ctx.repos.listings.forClient(clientId)) },
    { path: 'cases.json', text: json(cases) },
    { path: 'history.json', text: json(history) },
    ...files,
  ];
  return {
    client,
    entries,
    counts: { cases: cases.length, files: files.length, historyEntries: history.length },
  };
}

export const personalExportHandlers: HandlerTable<Channels> = {
  /** Answers with a job id; progress and the end arrive as personal.progress / personal.done. */
  'personal.exportStart': ({ id }, ctx) => {
    const { client, entries, counts } = entriesOf(ctx, id);
    const jobId = randomUUID();
    const controller = new AbortController();
    ctx.jobs.set(jobId, controller);
    const worker = runWorker<ExportJobResult, 'personal-export-worker'>(
      'personal-export-worker',
      { dataDir: ctx.dataDir, entries },
      {
        bundledDir: ctx.bundledJobs,
        onProgress: (_phase, done, total) =>
          ctx.events.emit('personal.progress', { jobId, clientId: id, done, total }),
      },
    );
    controller.signal.addEventListener('abort', () => worker.cancel(), { once: true });
    const filename = exportFileName(client.name, today());
    void worker.result
      .then(({ bytes }) => {
        controller.signal.throwIfAborted();
        ctx.repos.transaction(() =>
          recordHistory(ctx, 'client', id, 'export', null, { ...counts, bytes: bytes.length }),
        );
        ready.set(jobId, { clientId: id, filename, bytes });
        for (const key of [...ready.keys()].slice(0, Math.max(0, ready.size - READY_KEEP)))
          ready.delete(key);
        ctx.events.emit('personal.done', { jobId, clientId: id, ok: true, filename });
        ctx.events.emit('data.changed', { channel: 'personal.exportStart' });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) {
          ctx.events.emit('personal.done', { jobId, clientId: id, ok: false, cancelled: true });
        } else {
          const message = jobFailureMessage(ctx, 'personal.exportStart', err);
          ctx.events.emit('personal.done', { jobId, clientId: id, ok: false, message });
        }
      })
      .finally(() => ctx.jobs.delete(jobId));
    return { jobId };
  },

  'personal.exportCancel': ({ jobId }, ctx) => {
    const job = ctx.jobs.get(jobId);
    if (!job) throw new AppError('not_found', 'packets.unknownJob');
    job.abort();
    return { cancelled: true };
  },

  /** The finished archive, once: the window saves it as a download. */
  'personal.exportRead': ({ jobId }) => {
    const archive = ready.get(jobId);
    if (!archive) throw new AppError('not_found', 'personal.exportGone');
    ready.delete(jobId);
    return { filename: archive.filename, data: Buffer.from(archive.bytes).toString('base64') };
  },
};
