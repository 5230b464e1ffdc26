/** Test support for case bundles: a case with everything a bundle carries, export and import. */
import { samplePdf, samplePng } from '../db/attachments/test-files';
import type { CaseDetail } from '../core/types';
import type { BundleSummary } from '../core/bundle/inputs';
import type { Result, ServerEvents } from './contract';
import { samrCase, upload, type TestBackend } from './testing';

/** A SAMR case filed, with a document note, a custom item, files (one on the event), a letter and a packet. */
export async function caseWithEverything(t: TestBackend): Promise<CaseDetail> {
  const c = await samrCase(t);
  await t.ok('cases.update', { id: c.id, assignee: '李娜', notes: '客户已缴清罚款' });
  const item = c.checklist[0]!;
  await t.ok('documents.set', {
    caseId: c.id,
    documentId: item.documentId,
    status: 'received',
    note: '原件在档案柜',
  });
  await upload(t, c.id, item.documentId, '营业执照.pdf', 'application/pdf', await samplePdf());
  const custom = await t.ok('documents.addCustom', {
    caseId: c.id,
    name: '补充说明',
    required: true,
  });
  const customKey = custom.checklist.find((i) => i.custom)!.documentId;
  await upload(t, c.id, customKey, '说明.png', 'image/png', samplePng());
  await t.ok('events.add', {
    caseId: c.id,
    type: 'filed',
    date: '2026-01-05',
    channel: 'online',
    overrideReason: '材料随后邮寄',
  });
  await t.ok('events.add', { caseId: c.id, type: 'accepted', date: '2026-01-07' });
  const decided = await t.ok('events.add', {
    caseId: c.id,
    type: 'decided',
    date: '2026-02-10',
    outcome: 'repaired',
    decisionNo: '杭市监信修〔2026〕3号',
    reasons: '',
  });
  const decision = decided.events.find((e) => e.type === 'decided')!;
  await upload(
    t,
    c.id,
    `event-${decision.id}`,
    '回执.pdf',
    'application/pdf',
    await samplePdf({ text: 'receipt' }),
  );
  const draft = await t.ok('letters.draft', { caseId: c.id, kind: 'commitment', lang: 'zh' });
  await t.ok('letters.save', { caseId: c.id, kind: 'commitment', lang: 'zh', doc: draft.doc });
  const packet = new Promise<ServerEvents['job.done']>((resolve) =>
    t.backend.events.on('job.done', resolve),
  );
  await t.ok('packets.start', { caseId: c.id, lang: 'zh', reason: '其余材料随后补交' });
  const done = await packet;
  if (!done.ok) throw new Error(`packet: ${done.message}`);
  return t.ok('cases.get', { id: c.id });
}

/** Exports the cases as a bundle; answers its bytes and file name. */
export async function exportBundle(t: TestBackend, caseIds: number[]) {
  const done = new Promise<ServerEvents['bundle.done']>((resolve) =>
    t.backend.events.on('bundle.done', resolve),
  );
  const { jobId } = await t.ok('bundles.exportStart', { caseIds });
  const end = await done;
  if (!end.ok) throw new Error(`export: ${end.message}`);
  const { filename, data } = await t.ok('bundles.exportRead', { jobId });
  return { filename, bytes: new Uint8Array(Buffer.from(data, 'base64')) };
}

/** Uploads a bundle and asks for its check, as the renderer does; answers the raw result. */
export async function verifyBundle(t: TestBackend, bytes: Uint8Array, filename = 'case.xiufu') {
  const { uploadId } = await t.ok('uploads.begin', {
    filename,
    mime: 'application/octet-stream',
    size: bytes.length,
  });
  await t.ok('uploads.chunk', { uploadId, index: 0, data: bytes });
  return t.backend.dispatch('bundles.verify', { uploadId }, { lang: 'en' }) as Promise<
    Result<BundleSummary>
  >;
}
