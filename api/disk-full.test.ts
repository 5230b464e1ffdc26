/**
 * A full disk anywhere on the request path (a database write, the attachment store, an
 * upload chunk) is answered `disk_full`, says where to free space, and leaves nothing
 * half-written. The disk is "filled" by injection: SQLite's max_page_count, and a
 * stubbed file write that stores half a chunk and then fails as a full disk does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usccCheckChar } from '../core/ids';
import type { Database } from '../db/connection';
import { samplePng } from '../db/attachments/test-files';
import { driveOf } from '../db/drive';
import { samrCase, storedFiles, testBackend, type TestBackend } from './testing';

const opened = vi.hoisted(() => ({ db: null as Database | null }));
const disk = vi.hoisted(() => ({ full: false }));

vi.mock('../db/connection', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/connection')>();
  return {
    ...real,
    openWritable: (...args: Parameters<typeof real.openWritable>) =>
      (opened.db = real.openWritable(...args)),
  };
});

const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The store writes through a FileHandle: half of a chunk lands, then the disk is full. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'write' && disk.full) {
          return async (bytes: Uint8Array) => {
            await target.write(bytes.subarray(0, bytes.length >> 1));
            throw enospc();
          };
        }
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

/** Upload chunks are written with fs.write at their place in the file: the same half-then-full. */
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const { promisify } = await import('node:util');
  type Done = (err: Error | null, bytesWritten?: number, buffer?: Uint8Array) => void;
  const write = (
    fd: number,
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
    done: Done,
  ) => {
    if (disk.full && length > 0) {
      real.writeSync(fd, data, offset, length >> 1, position);
      setImmediate(() => done(enospc()));
      return;
    }
    real.write(fd, data, offset, length, position, done);
  };
  // As node:fs's own write: promisified, it answers { bytesWritten, buffer }.
  Object.defineProperty(write, promisify.custom, {
    value: (fd: number, data: Uint8Array, offset: number, length: number, position: number) =>
      new Promise((resolve, reject) =>
        write(fd, data, offset, length, position, (err, bytesWritten, buffer) =>
          err ? reject(err) : resolve({ bytesWritten, buffer }),
        ),
      ),
  });
  return { ...real, write, default: { ...real, write } };
});

let t: TestBackend;
beforeEach(() => {
  disk.full = false;
  t = testBackend();
});
afterEach(() => t.backend.close());

const uscc = (n: number) => {
  const first17 = `91350100M000${String(n).padStart(5, '0')}`;
  return first17 + usccCheckChar(first17);
};
const client = (n: number) => ({
  kind: 'company' as const,
  name: `满盘测试${n}有限公司`,
  idNumber: uscc(n),
});
const PNG = samplePng();

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('a full disk', () => {
  it('refuses a database write as disk_full, naming the drive, and writes none of it', async () => {
    const db = opened.db!;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    // Creates until one needs a page the "disk" no longer has.
    let n = 0;
    let before = t.snapshot();
    let result = await t.backend.dispatch('clients.create', client(n), { lang: 'en' });
    while (result.ok && n < 500) {
      before = t.snapshot();
      n += 1;
      result = await t.backend.dispatch('clients.create', client(n), { lang: 'en' });
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    const drive = driveOf(t.dir);
    expect(!result.ok && result.error.message).toContain(`Free some space on ${drive}`);
    expect(t.snapshot()).toBe(before);

    const zh = await t.backend.dispatch('clients.create', client(n), { lang: 'zh' });
    expect(!zh.ok && zh.error.message).toContain(`请在 ${drive} 上腾出空间`);

    // Space freed: the same request now goes through.
    db.pragma('max_page_count = 1073741823');
    expect(await t.ok('clients.create', client(n))).toMatchObject({ idNumber: uscc(n) });
  });

  it('refuses a document the store cannot write, leaving no stored or temporary file', async () => {
    const kase = await samrCase(t);
    const draft = await t.ok('letters.draft', { caseId: kase.id, kind: 'commitment', lang: 'zh' });
    const letter = {
      caseId: kase.id,
      kind: 'commitment' as const,
      lang: 'zh' as const,
      doc: draft.doc,
    };
    const before = t.snapshot();
    disk.full = true;
    const result = await t.backend.dispatch('letters.save', letter, { lang: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual([]);
    expect(files(join(t.dir, 'files', 'tmp'))).toEqual([]);

    disk.full = false;
    await t.ok('letters.save', letter);
    expect(storedFiles(t)).toHaveLength(1);
  });

  it('ends an upload whose chunk could not be written whole, so no gap is ever filled after it', async () => {
    const caseId = (await samrCase(t)).id;
    const before = t.snapshot();
    const { uploadId } = await t.ok('uploads.begin', {
      filename: 'scan.png',
      mime: 'image/png',
      size: PNG.length,
    });
    disk.full = true;
    // A chunk is written while the next one travels: the failure is heard at the next
    // chunk or, as here, at the finish, which stores nothing.
    const chunk = { uploadId, index: 0, data: PNG };
    await t.ok('uploads.chunk', chunk);
    const finish = { uploadId, caseId, itemKey: 'repair-application' };
    const result = await t.backend.dispatch('uploads.finish', finish, { lang: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(files(join(t.dir, 'files', 'uploads'))).toEqual([]);
    expect(storedFiles(t)).toEqual([]);

    disk.full = false;
    const again = await t.backend.dispatch('uploads.chunk', chunk, { lang: 'en' });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', field: 'uploadId' } });
    expect(t.snapshot()).toBe(before);
  });
});
