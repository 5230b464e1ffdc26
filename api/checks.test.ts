/**
 * Files checked as documents on attach, paper originals, expired documents and the packet
 * pre-flight, through dispatch as the renderer calls them. Every refusal writes nothing.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  encryptedPdf,
  FAKE_PDF,
  sampleJpeg,
  samplePdf,
  samplePng,
} from '../db/attachments/test-files';
import type { ServerEvents } from './contract';
import { samrCase, storedFiles, testBackend, upload, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const uploadsLeft = () => readdirSync(join(t.dir, 'files', 'uploads'));
const itemOf = (detail: { checklist: { documentId: string }[] }, id: string) =>
  detail.checklist.find((i) => i.documentId === id) as import('../core/types').ChecklistItem;

/** Sends a whole file and finishes it, returning the dispatch result of uploads.finish. */
async function tryUpload(caseId: number, filename: string, mime: string, bytes: Uint8Array) {
  const { uploadId } = await t.ok('uploads.begin', { filename, mime, size: bytes.length });
  await t.ok('uploads.chunk', { uploadId, index: 0, data: bytes });
  return t.backend.dispatch(
    'uploads.finish',
    { uploadId, caseId, itemKey: 'proof-of-performance' },
    { lang: 'en' },
  );
}

describe('attaching checks the file as a document', () => {
  it('refuses a 0-byte PDF before a byte is sent, naming the file; nothing is written', async () => {
    t = testBackend();
    await samrCase(t);
    const before = t.snapshot();
    const r = await t.backend.dispatch(
      'uploads.begin',
      { filename: 'proof.pdf', mime: 'application/pdf', size: 0 },
      { lang: 'zh' },
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        field: 'size',
        message: expect.stringContaining('“proof.pdf”是空文件'),
      },
    });
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual([]);
  });

  it('refuses the 17-byte fake PDF as unreadable: no row, no stored bytes, no upload left', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const before = t.snapshot();
    const r = await tryUpload(c.id, 'fake.pdf', 'application/pdf', FAKE_PDF);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        field: 'file',
        message: expect.stringContaining(
          '“fake.pdf” starts like a PDF document but cannot be read',
        ),
      },
    });
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual([]);
    expect(uploadsLeft()).toEqual([]);
  });

  it('refuses a PNG named .pdf, saying what it really is; nothing is written', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const before = t.snapshot();
    const r = await tryUpload(c.id, 'licence.pdf', 'application/pdf', samplePng());
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        message: expect.stringContaining(
          '“licence.pdf” is named as a PDF document, but its content is a PNG image.',
        ),
      },
    });
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual([]);
  });

  it('keeps a .txt as the proof document as supporting material: attached, not received, not for the packet', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const detail = await upload(
      t,
      c.id,
      'proof-of-performance',
      'proof.txt',
      'text/plain',
      new TextEncoder().encode('The fine was paid on 2024-07-01.'),
    );
    const item = itemOf(detail, 'proof-of-performance');
    expect(item.status).toBe('missing');
    expect(item.files).toMatchObject([{ filename: 'proof.txt', notEmbeddable: 'type' }]);
    expect(detail.readiness.missing).toContain('proof-of-performance');
  });

  it('keeps a password-protected PDF but does not count it as received', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const item = itemOf(
      await upload(
        t,
        c.id,
        'proof-of-performance',
        'locked.pdf',
        'application/pdf',
        await encryptedPdf(),
      ),
      'proof-of-performance',
    );
    expect(item).toMatchObject({ status: 'missing', files: [{ notEmbeddable: 'encrypted' }] });
  });

  it('a real PDF, PNG or JPEG makes the item received; the stored MIME type is the content’s', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await upload(
      t,
      c.id,
      'repair-application',
      'a.pdf',
      'application/octet-stream',
      await samplePdf(),
    );
    await upload(t, c.id, 'business-licence', 'licence.png', 'image/png', samplePng());
    const detail = await upload(
      t,
      c.id,
      'statement-of-facts',
      'scan.jpg',
      'image/jpeg',
      sampleJpeg(),
    );
    for (const id of ['repair-application', 'business-licence', 'statement-of-facts'])
      expect(itemOf(detail, id)).toMatchObject({
        status: 'received',
        files: [{ notEmbeddable: null }],
      });
    expect(itemOf(detail, 'repair-application').files[0]!.mime).toBe('application/pdf');
  });
});

/** Every required document of the SAMR case received, with a file (the letter's item too). */
async function everyDocumentIn(caseId: number) {
  let detail = await t.ok('cases.get', { id: caseId });
  for (const item of detail.checklist)
    detail = await upload(
      t,
      caseId,
      item.documentId,
      `${item.documentId}.pdf`,
      'application/pdf',
      await samplePdf({ text: item.name.en }),
    );
  return detail;
}

describe('paper originals and expiry', () => {
  it('a paper original needs a note, counts as in hand and says so', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const before = t.snapshot();
    const r = await t.backend.dispatch(
      'documents.set',
      { caseId: c.id, documentId: 'business-licence', status: 'paperOriginal', note: '' },
      { lang: 'en' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'note' } });
    expect(t.snapshot()).toBe(before);
    const set = await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'business-licence',
      status: 'paperOriginal',
      note: 'Original in the office safe',
    });
    expect(itemOf(set, 'business-licence')).toMatchObject({
      status: 'paperOriginal',
      note: 'Original in the office safe',
    });
    expect(set.readiness.missing).not.toContain('business-licence');
  });

  it('an expired document makes the case not ready, and the filing guard names it as expired', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const all = await everyDocumentIn(c.id);
    expect(all.stage).toBe('ready');
    const expired = await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'business-licence',
      status: 'received',
      note: '',
      validUntil: '2026-01-31',
    });
    expect(expired.readiness).toEqual({
      ready: false,
      missing: [],
      expired: [{ id: 'business-licence', validUntil: '2026-01-31' }],
    });
    expect(expired.stage).toBe('preparing');
    const before = t.snapshot();
    const filed = await t.backend.dispatch(
      'events.add',
      {
        caseId: c.id,
        type: 'filed',
        date: '2026-11-30',
        channel: 'online',
        reference: '',
        overrideReason: '',
      },
      { lang: 'en' },
    );
    expect(filed).toMatchObject({
      ok: false,
      error: {
        code: 'needs_override',
        message: expect.stringContaining('(proof of legal status) (expired 2026-01-31)'),
      },
    });
    if (!filed.ok) expect(filed.error.message).not.toContain('missing');
    expect(t.snapshot()).toBe(before);
    const renewed = await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'business-licence',
      status: 'received',
      note: '',
      validUntil: '2031-01-31',
    });
    expect(renewed.stage).toBe('ready');
  });
});

function waitForJob(): Promise<ServerEvents['job.done']> {
  return new Promise((resolve) => t.backend.events.on('job.done', resolve));
}

async function packetText(id: number): Promise<string> {
  const packet = await t.ok('packets.read', { id });
  const { extractText, getDocumentProxy } = await import('unpdf');
  const doc = await getDocumentProxy(new Uint8Array(Buffer.from(packet.data, 'base64')));
  return (await extractText(doc, { mergePages: true })).text;
}

describe('packet pre-flight', () => {
  it('lists what is missing, expired, unreadable, not embeddable or received without a file, and the paper originals', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await upload(
      t,
      c.id,
      'repair-application',
      'application.pdf',
      'application/pdf',
      await samplePdf(),
    );
    await upload(
      t,
      c.id,
      'statement-of-facts',
      'facts.txt',
      'text/plain',
      new TextEncoder().encode('facts'),
    );
    const letter = await upload(
      t,
      c.id,
      'integrity-commitment-letter',
      'letter.pdf',
      'application/pdf',
      await samplePdf({ text: 'letter' }),
    );
    const bad = itemOf(letter, 'integrity-commitment-letter').files[0]!;
    writeFileSync(join(t.dir, 'files', bad.sha256.slice(0, 2), bad.sha256), 'tampered');
    await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'business-licence',
      status: 'paperOriginal',
      note: 'At the counter',
      validUntil: '2026-01-31',
    });
    await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'proof-of-performance',
      status: 'received',
      note: '',
    });

    const before = t.snapshot();
    const check = await t.ok('packets.preflight', { caseId: c.id });
    expect(t.snapshot()).toBe(before);
    expect(check.enclosed).toBe(1);
    expect(check.problems.map((p) => [p.itemKey, p.kind, p.detail, p.file?.filename])).toEqual([
      ['integrity-commitment-letter', 'unreadable', 'corrupt', 'letter.pdf'],
      ['business-licence', 'expired', '2026-01-31', undefined],
      ['proof-of-performance', 'noFile', '', undefined],
      ['statement-of-facts', 'missing', '', undefined],
      ['statement-of-facts', 'notEmbeddable', 'type', 'facts.txt'],
    ]);
    expect(check.paper).toMatchObject([{ itemKey: 'business-licence', detail: 'At the counter' }]);
  });

  it('export with a document missing: needs_override without a reason (nothing written); with one, logged and listed in the index', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await everyDocumentIn(c.id);
    const proof = itemOf(await t.ok('cases.get', { id: c.id }), 'proof-of-performance');
    await t.ok('files.remove', { id: proof.files[0]!.id });
    await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'proof-of-performance',
      status: 'missing',
      note: '',
    });
    await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'business-licence',
      status: 'paperOriginal',
      note: 'Original at the counter',
    });

    const before = t.snapshot();
    const files = storedFiles(t).sort();
    const refused = await t.backend.dispatch(
      'packets.start',
      { caseId: c.id, lang: 'en' },
      { lang: 'en' },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'needs_override',
        field: 'reason',
        message: expect.stringContaining(
          'Proof of performance and remedy — missing (not received)',
        ),
      },
    });
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t).sort()).toEqual(files);

    const done = waitForJob();
    await t.ok('packets.start', { caseId: c.id, lang: 'en', reason: 'Receipt follows by post' });
    const result = await done;
    expect(result).toMatchObject({
      ok: true,
      packet: { overrideReason: 'Receipt follows by post' },
    });
    expect(result.packet!.notEnclosed.map((n) => [n.itemKey, n.kind])).toEqual([
      ['business-licence', 'paperOriginal'],
      ['proof-of-performance', 'missing'],
    ]);
    const detail = await t.ok('cases.get', { id: c.id });
    expect(detail.history[0]).toMatchObject({
      after: { packet: { id: result.packet!.id, overrideReason: 'Receipt follows by post' } },
    });
    const text = (await packetText(result.packet!.id)).replace(/\s+/g, ' ');
    expect(text).toContain('Not enclosed in this packet');
    expect(text).toContain(
      'Not enclosed: Proof of performance and remedy — missing (not received)',
    );
    expect(text).toContain('paper original, not enclosed: Original at the counter');
  });

  it('exports without asking when nothing is left out; the record keeps no reason', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await everyDocumentIn(c.id);
    expect(await t.ok('packets.preflight', { caseId: c.id })).toMatchObject({
      problems: [],
      paper: [],
    });
    const done = waitForJob();
    await t.ok('packets.start', { caseId: c.id, lang: 'zh', reason: 'not needed' });
    expect(await done).toMatchObject({ ok: true, packet: { notEnclosed: [], overrideReason: '' } });
  });
});
