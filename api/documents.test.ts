import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../db/attachments/test-files';
import type { ServerEvents } from './contract';
import { samrCase, storedFiles, testBackend, upload, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const pdfBytes = (pages: number) => samplePdf({ pages });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('attachments', () => {
  it('stores the same file once, keeps it while referenced, and marks the item received', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const bytes = await pdfBytes(2);
    const one = await upload(
      t,
      c.id,
      'repair-application',
      'application.pdf',
      'application/pdf',
      bytes,
    );
    const item = one.checklist.find((i) => i.documentId === 'repair-application')!;
    expect(item).toMatchObject({
      status: 'received',
      files: [{ filename: 'application.pdf', sha256: sha(bytes), size: bytes.length }],
    });
    const two = await upload(t, c.id, 'statement-of-facts', 'copy.pdf', 'application/pdf', bytes);
    expect(storedFiles(t)).toEqual([sha(bytes)]);

    const firstId = item.files[0]!.id;
    await t.ok('files.remove', { id: firstId });
    expect(storedFiles(t)).toEqual([sha(bytes)]);
    const secondId = two.checklist.find((i) => i.documentId === 'statement-of-facts')!.files[0]!.id;
    const after = await t.ok('files.remove', { id: secondId });
    expect(storedFiles(t)).toEqual([]);
    expect(after.history[0]).toMatchObject({
      before: { file: { id: secondId } },
      after: { file: null },
    });
  });

  it('reports a file whose bytes changed and refuses to use it', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const bytes = await pdfBytes(1);
    const detail = await upload(t, c.id, 'repair-application', 'a.pdf', 'application/pdf', bytes);
    const file = detail.checklist.find((i) => i.documentId === 'repair-application')!.files[0]!;
    writeFileSync(join(t.dir, 'files', file.sha256.slice(0, 2), file.sha256), 'tampered');
    expect((await t.ok('files.verify', { id: c.id })).files).toMatchObject([
      { id: file.id, ok: false },
    ]);
    const read = await t.backend.dispatch('files.read', { id: file.id }, { lang: 'en' });
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('no longer matches') },
    });
  });

  it('refuses a file over the size limit with a clear message, writing nothing', async () => {
    t = testBackend();
    await samrCase(t);
    const before = t.snapshot();
    const r = await t.backend.dispatch(
      'uploads.begin',
      { filename: 'huge.zip', mime: 'application/zip', size: 201 * 1024 * 1024 },
      { lang: 'zh' },
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'size', message: expect.stringContaining('200 MB') },
    });
    expect(t.snapshot()).toBe(before);
  });

  it('adds custom checklist items that count for readiness, and warns of an expired document', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const withItem = await t.ok('documents.addCustom', {
      caseId: c.id,
      name: '银行流水',
      required: true,
    });
    const custom = withItem.checklist.find((i) => i.custom)!;
    expect(custom).toMatchObject({ name: { zh: '银行流水' }, required: true, status: 'missing' });
    expect(withItem.readiness.missing).toContain(custom.documentId);
    const expired = await t.ok('documents.set', {
      caseId: c.id,
      documentId: 'business-licence',
      status: 'received',
      note: '',
      validUntil: '2025-01-31',
    });
    expect(expired.checklist.find((i) => i.documentId === 'business-licence')).toMatchObject({
      expiry: 'expired',
      validUntil: '2025-01-31',
    });
    const removed = await t.ok('documents.removeCustom', {
      caseId: c.id,
      itemKey: custom.documentId,
    });
    expect(removed.checklist.some((i) => i.custom)).toBe(false);
  });
});

describe('letters and the submission packet', () => {
  it('drafts the integrity commitment letter for a SAMR list and saves it as a PDF on its item', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const draft = await t.ok('letters.draft', { caseId: c.id, kind: 'commitment', lang: 'zh' });
    expect(draft.itemKey).toBe('integrity-commitment-letter');
    const text = JSON.stringify(draft.doc);
    expect(text).toContain('守信承诺书');
    expect(text).toContain('杭市监严〔2024〕8号');
    const { detail: saved } = await t.ok('letters.save', {
      caseId: c.id,
      kind: 'commitment',
      lang: 'zh',
      doc: {
        ...draft.doc,
        content: [
          ...draft.doc.content,
          { type: 'paragraph', content: [{ type: 'text', text: '（补充说明）' }] },
        ],
      },
    });
    const item = saved.checklist.find((i) => i.documentId === 'integrity-commitment-letter')!;
    expect(item).toMatchObject({ status: 'received', files: [{ mime: 'application/pdf' }] });
    const read = await t.ok('files.read', { id: item.files[0]!.id });
    expect(
      (await PDFDocument.load(Buffer.from(read.data, 'base64'))).getPageCount(),
    ).toBeGreaterThanOrEqual(1);
  });

  it('exports a packet with progress, stores it under its SHA-256 and logs it; a cancelled export leaves nothing', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await upload(
      t,
      c.id,
      'repair-application',
      'application.pdf',
      'application/pdf',
      await pdfBytes(2),
    );
    await upload(
      t,
      c.id,
      'statement-of-facts',
      'notes.txt',
      'text/plain',
      new TextEncoder().encode('Facts, as told by the client.'),
    );

    const progress: number[] = [];
    const done = new Promise<ServerEvents['job.done']>((resolve) => {
      t.backend.events.on('job.progress', (p) => progress.push(p.done));
      t.backend.events.on('job.done', resolve);
    });
    // Documents are missing and the .txt cannot be enclosed: the export needs a reason.
    await t.ok('packets.start', { caseId: c.id, lang: 'en', reason: 'Test export' });
    const result = await done;
    expect(result).toMatchObject({ ok: true, packet: { caseId: c.id, lang: 'en' } });
    expect(progress.length).toBeGreaterThan(1);
    const packet = await t.ok('packets.read', { id: result.packet!.id });
    const bytes = Buffer.from(packet.data, 'base64');
    expect(sha(bytes)).toBe(packet.sha256);
    // cover + index + the two-page PDF; the .txt is listed, not embedded.
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(packet.pageCount);
    expect(packet.pageCount).toBe(4);
    // The cover prints the history chain's head as it stood when the packet was built.
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pages = (
      await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })
    ).text;
    const printed = /History checkpoint: (\d+) entries[\s\S]*Hash \(SHA-256\): ([0-9a-f]{64})/.exec(
      pages[0]!,
    );
    expect(printed).not.toBeNull();
    expect(
      await t.ok('history.check', {
        checkpoint: {
          count: Number(printed![1]),
          id: Number(printed![1]),
          hash: printed![2]!,
          at: '2026-01-01T00:00:00.000Z',
        },
      }),
    ).toMatchObject({ state: 'holds' });
    const detail = await t.ok('cases.get', { id: c.id });
    expect(detail.packets).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ after: { packet: { sha256: packet.sha256 } } });

    const filesBefore = storedFiles(t).sort();
    const cancelled = new Promise<ServerEvents['job.done']>((resolve) =>
      t.backend.events.on('job.done', resolve),
    );
    const { jobId } = await t.ok('packets.start', { caseId: c.id, lang: 'zh', reason: 'Test' });
    await t.ok('packets.cancel', { jobId });
    expect(await cancelled).toMatchObject({ ok: false, cancelled: true });
    expect(storedFiles(t).sort()).toEqual(filesBefore);
    expect((await t.ok('cases.get', { id: c.id })).packets).toHaveLength(1);
    expect(
      existsSync(join(t.dir, 'files', 'tmp')) ? readdirSync(join(t.dir, 'files', 'tmp')) : [],
    ).toEqual([]);
  });
});
