/**
 * The writes that store files: chunked uploads of real documents, file removals and
 * packet exports. A kill can be aimed at each step of them (see KillPoint).
 */
import { createHash } from 'node:crypto';
import type { CaseDetail } from '../../core/types';
import { samplePdf, samplePng } from '../../db/attachments/test-files';
import { NoAnswer } from './http';
import { cell, type CaseModel } from './model';
import { send, syncCase, type OpContext } from './ops';

/** A real small PDF or PNG, unique to this upload, sent in raw chunks as the renderer does. */
export async function upload(c: OpContext, m: CaseModel): Promise<void> {
  const itemKey = c.rnd.pick(m.checklist);
  const pdf = c.rnd.chance(0.6);
  const bytes = pdf
    ? await samplePdf({ pages: c.rnd.int(1, 12), text: `Crash test ${c.rnd.nonce()}` })
    : samplePng(c.rnd.int(40, 400), c.rnd.int(30, 300));
  const filename = `${c.rnd.nonce()}.${pdf ? 'pdf' : 'png'}`;
  const mime = pdf ? 'application/pdf' : 'image/png';
  const begun = await send<{ uploadId: string }>(c, 'uploads.begin', {
    filename,
    mime,
    size: bytes.length,
  });
  if (!begun) return;
  const chunk = c.rnd.int(1024, 16 * 1024);
  for (let at = 0, index = 0; at < bytes.length; at += chunk, index++) {
    const data = bytes.subarray(at, at + chunk);
    const sent = c.api.call('uploads.chunk', { uploadId: begun.uploadId, index, data });
    c.point('upload.chunk');
    const r = await sent;
    if (!r.ok) return c.refused('uploads.chunk', r.error);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  m.uploadsInFlight.push(sha256);
  const doc = m.documents.get(itemKey);
  if (doc && ['missing', 'requested'].includes(doc.acked.status))
    doc.pending.push({ status: 'received', note: doc.acked.note });
  const finishing = send<CaseDetail>(c, 'uploads.finish', {
    uploadId: begun.uploadId,
    caseId: m.id,
    itemKey,
  });
  c.point('upload.finish');
  const d = await finishing;
  if (!d) return;
  m.uploadsInFlight = m.uploadsInFlight.filter((s) => s !== sha256);
  const file = d.checklist
    .flatMap((i) => i.files)
    .find((f) => f.sha256 === sha256 && !m.files.has(f.id))!;
  m.files.set(file.id, {
    id: file.id,
    caseId: m.id,
    sha256,
    embeddable: file.notEmbeddable === null,
    removed: cell(false),
  });
  syncCase(m, d);
  c.model.ack({
    entity: 'case',
    entityId: m.id,
    action: 'update',
    field: 'fileId',
    value: file.id,
    write: 'uploads.finish',
  });
}

export async function removeFile(c: OpContext, m: CaseModel): Promise<void> {
  const live = [...m.files.values()].filter((f) => !f.removed.acked);
  const file = c.rnd.pick(live);
  file.removed.pending.push(true);
  const d = await send<CaseDetail>(c, 'files.remove', { id: file.id });
  if (!d) return;
  file.removed = cell(true);
  syncCase(m, d);
  c.model.ack({
    entity: 'case',
    entityId: m.id,
    action: 'update',
    field: 'removedFileId',
    value: file.id,
    write: 'files.remove',
  });
}

/** Starts an export and waits for its end: the packet is acknowledged by `job.done`. */
export async function exportPacket(c: OpContext, m: CaseModel): Promise<void> {
  const lang = c.rnd.pick(['en', 'zh']);
  m.packetInFlight = true;
  const started = await send<{ jobId: string }>(c, 'packets.start', {
    caseId: m.id,
    lang,
    reason: 'crash test export',
  });
  if (!started) {
    m.packetInFlight = false;
    return;
  }
  c.point('packet.start');
  const done = await c.jobDone(started.jobId);
  if (!done) throw new NoAnswer('packets.start: no job.done');
  m.packetInFlight = false;
  if (!done.ok || !done.packet)
    return c.refused('packets.start', { code: 'job', message: done.message ?? '' });
  m.packets.set(done.packet.id, done.packet.sha256);
  c.model.ack({
    entity: 'case',
    entityId: m.id,
    action: 'update',
    field: 'packetId',
    value: done.packet.id,
    write: 'packets.start',
  });
}
