/**
 * The submission packet: one PDF of cover, index and every enclosed document, built in
 * the background with progress events; cancelling leaves no file behind. A pre-flight
 * says first what the packet would leave out; exporting anyway takes a written reason,
 * the index names each document not enclosed, and the history keeps both.
 */
import { randomUUID } from 'node:crypto';
import {
  describeProblems,
  notEnclosedLine,
  preflight,
  type FileHealth,
  type Preflight,
} from '../../core/documents';
import { safeFileName } from '../../core/files';
import type { Lang } from '../../core/messages';
import { today } from '../../core/today';
import type { PacketRecord } from '../../core/types';
import { healthOf } from '../../db/attachments/content';
import { AttachmentCorruptError, AttachmentMissingError } from '../../db/attachments/errors';
import type { HealthJobResult, PacketJob, PacketJobResult } from '../../jobs/packet-job';
import { runWorker } from '../../jobs/run-worker';
import { jobFailureMessage } from '../job-failure';
import { AppError, notFound } from '../errors';
import { pdfFont } from '../fonts';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { readVerified } from './files';
import { templateData } from './letters';

/**
 * Above this many bytes in all, a case's files are re-hashed and decoded in a worker
 * thread; below, a worker's start-up (a few hundred ms) would cost more than the reading.
 */
const HEALTH_IN_WORKER_BYTES = 8 * 1024 * 1024;

/** The checklist against today and the stored bytes: each file re-hashed and decoded. */
async function preflightOf(ctx: HandlerContext, caseId: number): Promise<Preflight> {
  const { checklist } = caseDetail(ctx, caseId);
  const files = checklist.flatMap((i) => i.files).filter((f) => !f.notEmbeddable);
  const total = files.reduce((n, f) => n + f.size, 0);
  const inWorker =
    total > HEALTH_IN_WORKER_BYTES
      ? await runWorker<HealthJobResult, 'packet-worker'>(
          'packet-worker',
          {
            op: 'health',
            dataDir: ctx.dataDir,
            files: files.map(({ sha256, mime }) => ({ sha256, mime })),
          },
          { bundledDir: ctx.bundledJobs },
        ).result
      : null;
  const health = new Map<number, FileHealth>();
  for (const file of files)
    health.set(file.id, inWorker?.[file.sha256] ?? (await healthOf(ctx.store, file)));
  return preflight(checklist, health, today());
}

/**
 * Renders the packet in a worker thread (jobs/packet-worker.ts): it reads and checks the
 * enclosed files and lays out every page there, so the server keeps answering meanwhile.
 */
function render(
  ctx: HandlerContext,
  job: PacketJob,
  jobId: string,
  caseId: number,
  signal: AbortSignal,
) {
  const worker = runWorker<PacketJobResult, 'packet-worker'>('packet-worker', job, {
    bundledDir: ctx.bundledJobs,
    onProgress: (_phase, done, total) =>
      ctx.events.emit('job.progress', { jobId, caseId, done, total }),
  });
  const cancel = () => worker.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  return worker.result.finally(() => signal.removeEventListener('abort', cancel));
}

async function run(
  ctx: HandlerContext,
  job: { jobId: string; caseId: number; lang: Lang; reason: string; signal: AbortSignal },
  check: Preflight,
) {
  const { jobId, caseId, lang, signal } = job;
  const filenames = new Map(check.enclosed.map(({ file }) => [file.sha256, file.filename]));
  const data = templateData(ctx, caseId);
  let packet: PacketJobResult;
  try {
    packet = await render(
      ctx,
      {
        op: 'render',
        dataDir: ctx.dataDir,
        entries: check.enclosed.map(({ name, file }) => ({
          name: `${name[lang]} — ${file.filename}`,
          sha256: file.sha256,
          kind: file.mime === 'application/pdf' ? 'pdf' : 'image',
          mime: file.mime,
        })),
        build: {
          cover: {
            client: data.client,
            listings: data.listings,
            date: data.date,
            preparer: data.preparer,
          },
          notEnclosed: check.notEnclosed.map((n) => ({
            text: notEnclosedLine(n, lang),
            ...(n.file ? { sha256: n.file.sha256 } : {}),
          })),
          lang,
          fontBytes: pdfFont(),
        },
      },
      jobId,
      caseId,
      signal,
    );
  } catch (err) {
    // A file that changed or vanished since the pre-flight is named, as a read says it.
    if (err instanceof AttachmentCorruptError)
      throw new AppError('conflict', 'files.corrupt', {
        filename: filenames.get(err.sha256) ?? '',
      });
    if (err instanceof AttachmentMissingError)
      throw new AppError('conflict', 'files.missing', {
        filename: filenames.get(err.sha256) ?? '',
      });
    throw err;
  }
  signal.throwIfAborted();
  const client = data.client.name;
  // Stored and recorded under the hash's lock, like an attached file.
  return ctx.store.put({ bytes: packet.bytes }, (put) =>
    ctx.repos.transaction((): PacketRecord => {
      ctx.repos.files.recordAttachment(put.sha256, put.size);
      const record = ctx.repos.files.addPacket({
        caseId,
        sha256: put.sha256,
        // The client's name becomes part of a file name: cleaned like any other.
        filename: safeFileName(
          `${lang === 'zh' ? '信用修复申请材料' : 'Credit repair application'} ${client} ${today()}.pdf`,
        ),
        pageCount: packet.pageCount,
        lang,
        createdBy: actorOf(ctx),
        notEnclosed: check.notEnclosed,
        overrideReason: check.problems.length > 0 ? job.reason : '',
      });
      recordHistory(ctx, 'case', caseId, 'update', null, { packet: record });
      return record;
    }),
  );
}

/** Reports how a job ended: its packet, a cancellation, or a message in the user's language. */
function finish(ctx: HandlerContext, jobId: string, caseId: number, work: Promise<PacketRecord>) {
  const controller = ctx.jobs.get(jobId)!;
  void work
    .then((packet) => {
      ctx.events.emit('job.done', { jobId, caseId, ok: true, packet });
      ctx.events.emit('data.changed', { channel: 'packets.start' });
    })
    .catch((err: unknown) => {
      if (controller.signal.aborted) {
        ctx.events.emit('job.done', { jobId, caseId, ok: false, cancelled: true });
      } else {
        const message = jobFailureMessage(ctx, err, 'packets.start');
        ctx.events.emit('job.done', { jobId, caseId, ok: false, message });
      }
    })
    .finally(() => ctx.jobs.delete(jobId));
}

type Channels = 'packets.preflight' | 'packets.start' | 'packets.cancel' | 'packets.read';

export const packetHandlers: HandlerTable<Channels> = {
  /** What an export would leave out now; reads the stored files, writes nothing. */
  'packets.preflight': async ({ caseId }, ctx) => {
    if (!ctx.repos.cases.get(caseId)) throw notFound('case', caseId);
    const { problems, paper, enclosed } = await preflightOf(ctx, caseId);
    return { problems, paper, enclosed: enclosed.length };
  },

  /**
   * Answers with a job id once the pre-flight passed (or its findings were overridden
   * with a reason); progress and the result arrive as events.
   */
  'packets.start': async ({ caseId, lang, reason }, ctx) => {
    requireWritableCase(ctx, caseId);
    const check = await preflightOf(ctx, caseId);
    if (check.enclosed.length === 0) throw new AppError('conflict', 'packets.empty');
    if (check.problems.length > 0 && reason === '') {
      const problems = describeProblems(check.problems, 'en');
      const problemsZh = describeProblems(check.problems, 'zh');
      throw new AppError(
        'needs_override',
        'packets.needsOverride',
        { problems, problemsZh },
        'reason',
      );
    }
    const jobId = randomUUID();
    const controller = new AbortController();
    ctx.jobs.set(jobId, controller);
    const job = { jobId, caseId, lang, reason, signal: controller.signal };
    finish(ctx, jobId, caseId, run(ctx, job, check));
    return { jobId };
  },

  'packets.cancel': ({ jobId }, ctx) => {
    const job = ctx.jobs.get(jobId);
    if (!job) throw new AppError('not_found', 'packets.unknownJob');
    job.abort();
    return { cancelled: true };
  },

  'packets.read': async ({ id }, ctx) => {
    const packet = ctx.repos.files.packet(id);
    if (!packet) throw new AppError('not_found', 'error.notFound', { entity: 'packet', id });
    const bytes = await readVerified(ctx, packet.sha256, packet.filename);
    return { ...packet, data: Buffer.from(bytes).toString('base64') };
  },
};
