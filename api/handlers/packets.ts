/**
 * The submission packet: one PDF of cover, index and every attached document, built in
 * the background with progress events; cancelling leaves no file behind. The packet is
 * stored by its SHA-256 and logged in the case history.
 */
import { randomUUID } from 'node:crypto';
import { buildPacket, type PacketEntry } from '../../core/pdf';
import { translateMessage } from '../../core/messages';
import { today } from '../../core/today';
import type { PacketRecord } from '../../core/types';
import { AppError } from '../errors';
import { pdfFont } from '../fonts';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { readVerified } from './files';
import { templateData } from './letters';

const kindOf = (mime: string): PacketEntry['kind'] =>
  mime === 'application/pdf' ? 'pdf' : /^image\/(png|jpe?g)$/.test(mime) ? 'image' : 'other';

/** Every attached file, in checklist order. */
function entriesOf(ctx: HandlerContext, caseId: number, lang: 'en' | 'zh') {
  return caseDetail(ctx, caseId).checklist.flatMap((item) =>
    item.files.map((f) => ({ item: item.name[lang], file: f })),
  );
}

async function run(
  ctx: HandlerContext,
  jobId: string,
  caseId: number,
  lang: 'en' | 'zh',
  signal: AbortSignal,
) {
  const files = entriesOf(ctx, caseId, lang);
  const entries: PacketEntry[] = [];
  for (const { item, file } of files) {
    if (signal.aborted) throw signal.reason;
    const kind = kindOf(file.mime);
    entries.push({
      name: `${item} — ${file.filename}`,
      sha256: file.sha256,
      kind,
      mime: file.mime,
      ...(kind === 'other' ? {} : { bytes: await readVerified(ctx, file.sha256, file.filename) }),
    });
  }
  const data = templateData(ctx, caseId);
  const packet = await buildPacket({
    cover: {
      client: data.client,
      listings: data.listings,
      date: data.date,
      preparer: data.preparer,
    },
    entries,
    lang,
    fontBytes: pdfFont(),
    signal,
    onProgress: (done, total) => ctx.events.emit('job.progress', { jobId, caseId, done, total }),
  });
  if (signal.aborted) throw signal.reason;
  const put = await ctx.store.put({ bytes: packet.bytes });
  const client = data.client.name;
  return ctx.repos.transaction((): PacketRecord => {
    ctx.repos.files.recordAttachment(put.sha256, put.size);
    const record = ctx.repos.files.addPacket({
      caseId,
      sha256: put.sha256,
      filename: `${lang === 'zh' ? '信用修复申请材料' : 'Credit repair application'} ${client} ${today()}.pdf`,
      pageCount: packet.pageCount,
      lang,
      createdBy: actorOf(ctx),
    });
    recordHistory(ctx, 'case', caseId, 'update', null, { packet: record });
    return record;
  });
}

export const packetHandlers: HandlerTable<'packets.start' | 'packets.cancel' | 'packets.read'> = {
  /** Answers at once with a job id; progress and the result arrive as events. */
  'packets.start': ({ caseId, lang }, ctx) => {
    requireWritableCase(ctx, caseId);
    if (entriesOf(ctx, caseId, lang).length === 0) throw new AppError('conflict', 'packets.empty');
    const jobId = randomUUID();
    const controller = new AbortController();
    ctx.jobs.set(jobId, controller);
    void run(ctx, jobId, caseId, lang, controller.signal)
      .then((packet) => {
        ctx.events.emit('job.done', { jobId, caseId, ok: true, packet });
        ctx.events.emit('data.changed', { channel: 'packets.start' });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) {
          ctx.events.emit('job.done', { jobId, caseId, ok: false, cancelled: true });
        } else if (err instanceof AppError) {
          const message = translateMessage(`${err.key}|${JSON.stringify(err.params)}`, ctx.lang);
          ctx.events.emit('job.done', { jobId, caseId, ok: false, message });
        } else {
          const id = randomUUID().slice(0, 8);
          ctx.log({
            level: 'error',
            id,
            channel: 'packets.start',
            error: err instanceof Error ? err.stack : String(err),
          });
          const message = translateMessage(`error.internal|${JSON.stringify({ id })}`, ctx.lang);
          ctx.events.emit('job.done', { jobId, caseId, ok: false, message });
        }
      })
      .finally(() => ctx.jobs.delete(jobId));
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
