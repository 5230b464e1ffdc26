import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AttachmentCorruptError,
  AttachmentMissingError,
  AttachmentTooLargeError,
  InvalidSha256Error,
  createAttachmentStore,
  type PutResult,
} from './store';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A put whose "row" is the put's own result. */
const stored = (r: PutResult) => r;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xiufu-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every file below files/, as paths relative to it (tmp included). */
function listFiles(): string[] {
  const root = join(dir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1));
}
const tempFiles = () => listFiles().filter((f) => f.startsWith('tmp'));

describe('attachment store', () => {
  it('stores the same bytes once, under files/<2 hex>/<sha256>', async () => {
    const store = createAttachmentStore(dir);
    const bytes = new TextEncoder().encode('营业执照 scan');
    const first = await store.put({ bytes }, stored);
    const second = await store.put({ bytes }, stored);
    expect(first).toEqual({ sha256: sha(bytes), size: bytes.length, stored: true });
    expect(second).toEqual({ ...first, stored: false });
    expect(listFiles()).toEqual([join(first.sha256.slice(0, 2), first.sha256)]);
    expect(store.path(first.sha256)).toBe(
      join(dir, 'files', first.sha256.slice(0, 2), first.sha256),
    );
    expect(await store.has(first.sha256)).toBe(true);
    expect(await store.verify(first.sha256)).toEqual({ ok: true });
    expect(Buffer.from(await store.read(first.sha256)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('hashes a few-MB file read from a path exactly like node:crypto', async () => {
    const bytes = randomBytes(5 * 1024 * 1024 + 123);
    const source = join(dir, 'proof.pdf');
    writeFileSync(source, bytes);
    const store = createAttachmentStore(dir);
    const result = await store.put({ path: source }, stored);
    expect(result).toEqual({ sha256: sha(bytes), size: bytes.length, stored: true });
    expect(await store.verify(result.sha256)).toEqual({ ok: true });
    expect(tempFiles()).toEqual([]);
  });

  it('refuses a file over the limit with the limit and size, leaving nothing', async () => {
    const store = createAttachmentStore(dir, { maxBytes: 1000 });
    const source = join(dir, 'big.bin');
    writeFileSync(source, randomBytes(1001));
    const err = await store.put({ path: source }, stored).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttachmentTooLargeError);
    expect(err).toMatchObject({ limit: 1000, size: 1001 });
    await expect(store.put({ bytes: new Uint8Array(5000) }, stored)).rejects.toThrow(/at most/);
    expect(listFiles()).toEqual([]);
    // Exactly at the limit is allowed.
    expect((await store.put({ bytes: new Uint8Array(1000) }, stored)).stored).toBe(true);
  });

  it('says the default limit in MB', () => {
    const err = new AttachmentTooLargeError(200 * 1024 * 1024, 250 * 1024 * 1024);
    expect(err.message).toContain('250.0 MB');
    expect(err.message).toContain('at most 200 MB');
  });

  it('leaves no temp file when aborted mid-way', async () => {
    const bytes = randomBytes(8 * 1024 * 1024);
    const source = join(dir, 'scan.tif');
    writeFileSync(source, bytes);
    const store = createAttachmentStore(dir);
    const controller = new AbortController();
    const pending = store.put({ path: source }, stored, { signal: controller.signal });
    // Abort once the temp file exists, so the test proves it is cleaned up.
    while (tempFiles().length === 0) await new Promise((r) => setImmediate(r));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(listFiles()).toEqual([]);
    expect(await store.has(sha(bytes))).toBe(false);
  });

  it('rejects an already-aborted put before writing anything', async () => {
    const store = createAttachmentStore(dir);
    await expect(
      store.put({ bytes: new Uint8Array(10) }, stored, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(listFiles()).toEqual([]);
  });

  it('detects a tampered file in verify and read, and a missing one', async () => {
    const store = createAttachmentStore(dir, { isReferenced: () => false });
    const bytes = new TextEncoder().encode('original');
    const { sha256 } = await store.put({ bytes }, stored);
    writeFileSync(store.path(sha256), 'tampered');
    const actual = sha(new TextEncoder().encode('tampered'));
    expect(await store.verify(sha256)).toEqual({ ok: false, actual });
    const err = await store.read(sha256).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttachmentCorruptError);
    expect(err).toMatchObject({ sha256, actual });

    // Attaching the original again repairs the stored copy.
    expect((await store.put({ bytes }, stored)).stored).toBe(true);
    expect(await store.verify(sha256)).toEqual({ ok: true });

    expect(await store.removeUnreferenced(sha256)).toBe(true);
    expect(await store.removeUnreferenced(sha256)).toBe(false);
    expect(await store.verify(sha256)).toEqual({ ok: false, actual: null });
    await expect(store.read(sha256)).rejects.toBeInstanceOf(AttachmentMissingError);
  });

  it('never builds a path from something that is not a SHA-256', async () => {
    const store = createAttachmentStore(dir);
    expect(() => store.path('../../etc/passwd')).toThrow(InvalidSha256Error);
    await expect(store.read('A'.repeat(64))).rejects.toBeInstanceOf(InvalidSha256Error);
  });

  it('handles concurrent puts of the same content safely', async () => {
    const store = createAttachmentStore(dir);
    const bytes = randomBytes(2 * 1024 * 1024);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => store.put({ bytes }, stored)),
    );
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha(bytes)]));
    expect(results.filter((r) => r.stored)).toHaveLength(1);
    expect(listFiles()).toEqual([join(sha(bytes).slice(0, 2), sha(bytes))]);
    expect(await store.verify(sha(bytes))).toEqual({ ok: true });
  });

  it('sweeps stale temp files but not ones being written', async () => {
    const store = createAttachmentStore(dir);
    await store.put({ bytes: new Uint8Array([1]) }, stored);
    const stale = join(dir, 'files', 'tmp', 'left-by-crash.tmp');
    writeFileSync(stale, 'partial');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, old, old);
    expect(await store.sweepTemp({ olderThanMs: 60 * 60 * 1000 })).toEqual({
      removed: 1,
      bytes: 7,
    });
    expect(tempFiles()).toEqual([]);
    writeFileSync(stale, 'partial');
    expect(await store.sweepTemp()).toEqual({ removed: 1, bytes: 7 });
    expect(await createAttachmentStore(join(dir, 'empty')).sweepTemp()).toEqual({
      removed: 0,
      bytes: 0,
    });

    // A put in progress keeps its temp file through a sweep and still completes.
    const bytes = randomBytes(8 * 1024 * 1024);
    const pending = store.put({ bytes }, stored);
    while (tempFiles().length === 0) await new Promise((r) => setImmediate(r));
    expect((await store.sweepTemp()).removed).toBe(0);
    expect((await pending).sha256).toBe(sha(bytes));
    expect(await store.verify(sha(bytes))).toEqual({ ok: true });
  });
});
