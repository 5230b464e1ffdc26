/**
 * A case with large files: they are checked before they are attached, and read by the
 * pre-flight, in a worker thread (jobs/packet-worker.ts), with the same answers as for
 * small ones, a damaged file included.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { UPLOAD_CHUNK_BYTES } from '../core/documents';
import { samrCase, storedFiles, testBackend, upload, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t.backend.close());

/** A one-page PDF carrying `size` incompressible bytes, as a large scan does. */
async function largePdf(size: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Large scan', { font, x: 50, y: 700 });
  doc.attach(randomBytes(size), 'scan.bin', { mimeType: 'application/octet-stream' });
  return doc.save();
}

describe('pre-flight of large files', () => {
  it('re-hashes and decodes them off the server thread, and still finds a damaged one', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const bytes = await largePdf(9 * 1024 * 1024);
    const detail = await upload(
      t,
      c.id,
      'repair-application',
      'application.pdf',
      'application/pdf',
      bytes,
      UPLOAD_CHUNK_BYTES,
    );
    expect(await t.ok('packets.preflight', { caseId: c.id })).toMatchObject({ enclosed: 1 });

    const file = detail.checklist.flatMap((i) => i.files)[0]!;
    const { createAttachmentStore } = await import('../db/attachments/store');
    writeFileSync(createAttachmentStore(t.dir).path(file.sha256), 'damaged');
    const check = await t.ok('packets.preflight', { caseId: c.id });
    expect(check.enclosed).toBe(0);
    expect(check.problems).toContainEqual(
      expect.objectContaining({ kind: 'unreadable', detail: 'corrupt' }),
    );
  });

  it('refuses a large file that only starts like a PDF, storing nothing', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const bytes = new Uint8Array(9 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const before = t.snapshot();
    await expect(
      upload(
        t,
        c.id,
        'repair-application',
        'scan.pdf',
        'application/pdf',
        bytes,
        UPLOAD_CHUNK_BYTES,
      ),
    ).rejects.toThrow(/cannot be read/);
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual([]);
  });
});
