import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAttachmentStore } from './store';
import { Uploads } from './uploads';
import { encryptNewFolder, filesContaining } from '../crypt/test-keys';
import { readKeyFile } from '../crypt/key-file';
import { sealedKeyId } from './sealed';
import { checkFile } from './content';
import { samplePdf } from './test-files';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xiufu-uploads-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Sends the bytes in chunks of `size`, as the contract does. */
async function sendAll(uploads: Uploads, bytes: Uint8Array, size: number) {
  const upload = uploads.begin('scan.pdf', 'application/pdf', bytes.length);
  for (let at = 0, index = 0; at < bytes.length; at += size, index++)
    expect(await uploads.append(upload, index, bytes.subarray(at, at + size))).toBe('ok');
  return upload;
}

describe('uploads', () => {
  it('reads a complete upload whole for the readers that take it in at once, with its hash', async () => {
    const uploads = new Uploads(dir);
    const bytes = randomBytes(2 * 1024 * 1024 + 5);
    const upload = await sendAll(uploads, bytes, 1024 * 1024);
    const read = await uploads.contents(upload);
    expect(Buffer.compare(read.bytes, bytes)).toBe(0);
    expect(read.sha256).toBe(sha(bytes));
    expect(read.filename).toBe('scan.pdf');
    uploads.drop(upload.id);
    expect(existsSync(upload.path)).toBe(false);
  });

  it('refuses to read an upload still missing bytes', async () => {
    const uploads = new Uploads(dir);
    const upload = uploads.begin('half.csv', 'text/csv', 10);
    expect(await uploads.append(upload, 0, new Uint8Array(4))).toBe('ok');
    await expect(uploads.contents(upload)).rejects.toThrow(/not complete/);
    uploads.drop(upload.id);
  });

  it('hashes the bytes as they are written: the complete file and its hash match, read once', async () => {
    const uploads = new Uploads(dir);
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const upload = await sendAll(uploads, bytes, 1024 * 1024);
    const staged = await uploads.complete(upload);
    expect(staged).toEqual({ path: upload.path, sha256: sha(bytes), size: bytes.length });
    expect(readFileSync(staged.path).equals(bytes)).toBe(true);
    expect(statSync(staged.path).mode & 0o777).toBe(0o600);
  });

  it('refuses chunks out of order or beyond the announced size, and one after completion', async () => {
    const uploads = new Uploads(dir);
    const upload = uploads.begin('a.png', 'image/png', 4);
    expect(await uploads.append(upload, 1, new Uint8Array(2))).toBe('outOfOrder');
    expect(await uploads.append(upload, 0, new Uint8Array(5))).toBe('tooLong');
    expect(await uploads.append(upload, 0, new Uint8Array(4))).toBe('ok');
    await expect(uploads.complete({ ...upload, received: 3 })).rejects.toThrow(/not complete/);
    await uploads.complete(upload);
    expect(await uploads.append(upload, 1, new Uint8Array(0))).toBe('outOfOrder');
  });

  it('is moved into the store as it is, not copied, under its hash', async () => {
    const uploads = new Uploads(dir);
    const store = createAttachmentStore(dir);
    const bytes = randomBytes(100_000);
    const upload = await sendAll(uploads, bytes, 30_000);
    const { path, sha256, size } = await uploads.complete(upload);
    const put = await store.put({ path, staged: { sha256, size } }, (r) => r);
    expect(put).toEqual({ sha256: sha(bytes), size: bytes.length, stored: true });
    expect(existsSync(path)).toBe(false);
    expect(Buffer.from(await store.read(sha256)).equals(bytes)).toBe(true);
    uploads.drop(upload.id);
  });

  it('leaves a staged file to its owner when the same content is stored already', async () => {
    const uploads = new Uploads(dir);
    const store = createAttachmentStore(dir);
    const bytes = randomBytes(5_000);
    await store.put({ bytes }, (r) => r);
    const upload = await sendAll(uploads, bytes, 5_000);
    const { path, sha256, size } = await uploads.complete(upload);
    const put = await store.put({ path, staged: { sha256, size } }, (r) => r);
    expect(put.stored).toBe(false);
    expect(existsSync(path)).toBe(true);
    uploads.drop(upload.id);
    expect(existsSync(path)).toBe(false);
  });

  it('judges chunks sent without waiting in the order they came, each written to its place', async () => {
    const uploads = new Uploads(dir);
    const bytes = randomBytes(5 * 64 * 1024);
    const upload = uploads.begin('scan.pdf', 'application/pdf', bytes.length);
    const chunk = (i: number) => bytes.subarray(i * 64 * 1024, (i + 1) * 64 * 1024);
    // A repeated index is refused though the chunk before it is still being written.
    const answers = await Promise.all([
      uploads.append(upload, 0, chunk(0)),
      uploads.append(upload, 1, chunk(1)),
      uploads.append(upload, 1, chunk(1)),
      uploads.append(upload, 2, chunk(2)),
    ]);
    expect(answers).toEqual(['ok', 'ok', 'outOfOrder', 'ok']);
    expect(await uploads.append(upload, 3, chunk(3))).toBe('ok');
    expect(await uploads.append(upload, 4, chunk(4))).toBe('ok');
    const staged = await uploads.complete(upload);
    expect(staged.sha256).toBe(sha(bytes));
    expect(readFileSync(staged.path).equals(bytes)).toBe(true);
  });

  it('ends the upload when a chunk cannot be written: the next chunk fails and the file goes', async () => {
    const uploads = new Uploads(dir);
    const upload = uploads.begin('scan.pdf', 'application/pdf', 8);
    // A descriptor that refuses writes, as a full disk would refuse them.
    const writable = upload.fd!;
    upload.fd = openSync(upload.path, 'r');
    closeSync(writable);
    expect(await uploads.append(upload, 0, new Uint8Array(4))).toBe('ok');
    await expect(uploads.append(upload, 1, new Uint8Array(4))).rejects.toMatchObject({
      code: 'EBADF',
    });
    expect(uploads.get(upload.id)).toBeUndefined();
    await vi.waitFor(() => expect(existsSync(upload.path)).toBe(false));
  });

  it('removes a dropped upload whose last write is still running, once it is done', async () => {
    const uploads = new Uploads(dir);
    const bytes = randomBytes(4 * 1024 * 1024);
    const upload = uploads.begin('scan.pdf', 'application/pdf', bytes.length);
    expect(await uploads.append(upload, 0, bytes)).toBe('ok');
    uploads.drop(upload.id);
    expect(uploads.get(upload.id)).toBeUndefined();
    await uploads.written(upload);
    await vi.waitFor(() => expect(existsSync(upload.path)).toBe(false));
  });

  it('seals an upload of an encrypted folder as it is written; read, checked and stored plain alike', async () => {
    await encryptNewFolder(dir);
    const filesKey = readKeyFile(dir)!.files.id;
    const uploads = new Uploads(dir);
    const pdf = Buffer.from(await samplePdf({ pages: 2, text: 'Statement of facts' }));
    const upload = await sendAll(uploads, pdf, 700);
    await uploads.written(upload);
    // Not one plain byte in the folder, before and after it is complete.
    expect(filesContaining(dir, '%PDF-')).toEqual([]);
    const read = await uploads.contents(upload);
    expect(Buffer.compare(read.bytes, pdf)).toBe(0);
    expect(read.sha256).toBe(sha(pdf));
    expect(filesContaining(dir, '%PDF-')).toEqual([]);
    expect(await sealedKeyId(upload.path)).toBe(filesKey);
    const declared = { filename: 'facts.pdf', mime: 'application/pdf' };
    expect(await checkFile({ path: upload.path }, declared)).toEqual(
      await checkFile({ bytes: pdf }, declared),
    );

    // The store moves the sealed upload into place as it is, and reads it back plain.
    const store = createAttachmentStore(dir);
    const staged = { path: upload.path, staged: { sha256: read.sha256, size: pdf.length } };
    const stored = await store.put(staged, (r) => r);
    expect(stored).toEqual({ sha256: sha(pdf), size: pdf.length, stored: true });
    expect(existsSync(upload.path)).toBe(false);
    expect(Buffer.compare(Buffer.from(await store.read(stored.sha256)), pdf)).toBe(0);
    expect(await sealedKeyId(store.path(stored.sha256))).toBe(filesKey);
    uploads.drop(upload.id);
  });
});
