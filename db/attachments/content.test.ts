import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, decode, healthOf } from './content';
import { createAttachmentStore } from './store';
import { encryptedPdf, FAKE_PDF, samplePdf, sampleJpeg, samplePng } from './test-files';

const cut = (b: Uint8Array, share: number) => b.subarray(0, Math.floor(b.length * share));

describe('decode', () => {
  it('a real PDF, PNG and JPEG decode', async () => {
    expect(await decode('pdf', await samplePdf({ pages: 2 }))).toEqual({
      ok: true,
      encrypted: false,
    });
    expect(await decode('png', samplePng())).toEqual({ ok: true, encrypted: false });
    expect(await decode('jpeg', sampleJpeg())).toEqual({ ok: true, encrypted: false });
  });

  it('the 17-byte fake PDF, a truncated PDF and truncated images do not', async () => {
    expect(await decode('pdf', FAKE_PDF)).toEqual({ ok: false });
    expect(await decode('pdf', cut(await samplePdf(), 0.5))).toEqual({ ok: false });
    expect(await decode('png', cut(samplePng(), 0.9))).toEqual({ ok: false });
    expect(await decode('jpeg', cut(sampleJpeg(), 0.8))).toEqual({ ok: false });
  });

  it('an encrypted PDF is reported as such', async () => {
    expect(await decode('pdf', await encryptedPdf())).toEqual({ ok: true, encrypted: true });
  });
});

describe('checkFile', () => {
  it('reads a file from disk (an upload) or from memory (a letter) and judges it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-content-'));
    const path = join(dir, 'upload');
    writeFileSync(path, samplePng());
    expect(await checkFile({ path }, { filename: 'licence.png', mime: 'image/png' })).toEqual({
      ok: true,
      mime: 'image/png',
      notEmbeddable: null,
    });
    expect(
      await checkFile({ path }, { filename: 'licence.pdf', mime: 'application/pdf' }),
    ).toMatchObject({
      ok: false,
      key: 'files.mismatch',
    });
    expect(
      await checkFile({ bytes: FAKE_PDF }, { filename: 'fake.pdf', mime: 'application/pdf' }),
    ).toMatchObject({
      ok: false,
      key: 'files.unreadable',
    });
    expect(
      await checkFile({ bytes: new Uint8Array() }, { filename: 'empty.pdf', mime: '' }),
    ).toMatchObject({
      ok: false,
      key: 'files.empty',
    });
    expect(
      await checkFile(
        { bytes: new TextEncoder().encode('paid in full') },
        { filename: 'note.txt', mime: 'text/plain' },
      ),
    ).toEqual({ ok: true, mime: 'text/plain', notEmbeddable: 'type' });
    expect(
      await checkFile(
        { bytes: await encryptedPdf() },
        { filename: 'locked.pdf', mime: 'application/pdf' },
      ),
    ).toEqual({ ok: true, mime: 'application/pdf', notEmbeddable: 'encrypted' });
  });
});

describe('healthOf', () => {
  it('a stored file is ok, corrupt, missing or no longer decodable', async () => {
    const store = createAttachmentStore(mkdtempSync(join(tmpdir(), 'xiufu-health-')), {
      isReferenced: () => false,
    });
    const pdf = await store.put({ bytes: await samplePdf() }, (r) => r);
    expect(await healthOf(store, { sha256: pdf.sha256, mime: 'application/pdf' })).toBe('ok');
    // Stored before files were checked: a fake PDF under a PDF's MIME type.
    const fake = await store.put({ bytes: FAKE_PDF }, (r) => r);
    expect(await healthOf(store, { sha256: fake.sha256, mime: 'application/pdf' })).toBe(
      'unreadable',
    );
    writeFileSync(store.path(pdf.sha256), 'tampered');
    expect(await healthOf(store, { sha256: pdf.sha256, mime: 'application/pdf' })).toBe('corrupt');
    await store.removeUnreferenced(pdf.sha256);
    expect(await healthOf(store, { sha256: pdf.sha256, mime: 'application/pdf' })).toBe('missing');
  });
});
