import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentStore, type PutResult } from './store';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (s: string) => new TextEncoder().encode(s);

let dir: string;
/** The "rows": hashes that some record names. */
let rows: Set<string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xiufu-refs-'));
  rows = new Set();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const storeWithRows = () => createAttachmentStore(dir, { isReferenced: (h) => rows.has(h) });
const addRow = (r: PutResult) => {
  rows.add(r.sha256);
  return r;
};

describe('deleting only what no row names', () => {
  it('a removal waits for an attach of the same bytes to record its row, then keeps the file', async () => {
    const store = storeWithRows();
    const bytes = text('营业执照 scan');
    await store.put({ bytes }, (r) => r); // stored earlier, its row since removed
    let entered!: () => void;
    const inRecord = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const recorded = new Promise<void>((r) => (release = r));
    // The attach holds the hash's lock from storing until its row is written.
    const attach = store.put({ bytes }, async (r) => {
      entered();
      await recorded;
      return addRow(r);
    });
    await inRecord;
    let settled = false;
    const removal = store.removeUnreferenced(sha(bytes)).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    release();
    expect((await attach).stored).toBe(false);
    expect(await removal).toBe(false);
    expect(await store.verify(sha(bytes))).toEqual({ ok: true });
  });

  it('removes a file once no row names it, and never one that a row names', async () => {
    const store = storeWithRows();
    const { sha256 } = await store.put({ bytes: text('kept') }, addRow);
    expect(await store.removeUnreferenced(sha256)).toBe(false);
    rows.delete(sha256);
    expect(await store.removeUnreferenced(sha256)).toBe(true);
    expect(await store.has(sha256)).toBe(false);
  });

  it('keeps a file when the references cannot be checked (a closed database)', async () => {
    const store = createAttachmentStore(dir, {
      isReferenced: () => {
        throw new Error('The database connection is not open');
      },
    });
    const { sha256 } = await store.put({ bytes: text('doubt') }, (r) => r);
    expect(await store.removeUnreferenced(sha256)).toBe(false);
    expect(await store.has(sha256)).toBe(true);
  });

  it('a record that fails takes back the bytes it stored, unless another row names them', async () => {
    const store = storeWithRows();
    const fail = () => {
      throw new Error('no row');
    };
    const fresh = text('fresh');
    await expect(store.put({ bytes: fresh }, fail)).rejects.toThrow('no row');
    expect(await store.has(sha(fresh))).toBe(false);

    // A row names the hash but its file had gone missing: the new copy stays for that row.
    const named = text('named');
    rows.add(sha(named));
    await expect(store.put({ bytes: named }, fail)).rejects.toThrow('no row');
    expect(await store.verify(sha(named))).toEqual({ ok: true });
  });

  it('sweeps stored files no row names, counting them and their bytes, and leaves the rest alone', async () => {
    const store = storeWithRows();
    const kept = await store.put({ bytes: text('a row names me') }, addRow);
    const orphanA = await store.put({ bytes: text('orphan') }, (r) => r);
    const orphanB = await store.put({ bytes: text('another orphan') }, (r) => r);
    // Not the store's: a stray file and a wrongly named one.
    const stray = join(dir, 'files', 'notes.txt');
    writeFileSync(stray, 'mine');
    mkdirSync(join(dir, 'files', 'ab'), { recursive: true });
    const misplaced = join(dir, 'files', 'ab', 'c'.repeat(64));
    writeFileSync(misplaced, 'wrong folder');

    expect(await store.sweepUnreferenced()).toEqual({
      removed: 2,
      bytes: orphanA.size + orphanB.size,
    });
    expect(await store.has(kept.sha256)).toBe(true);
    expect(await store.has(orphanA.sha256)).toBe(false);
    expect(existsSync(stray) && existsSync(misplaced)).toBe(true);
    expect(await store.sweepUnreferenced()).toEqual({ removed: 0, bytes: 0 });
    expect(await createAttachmentStore(join(dir, 'none')).sweepUnreferenced()).toEqual({
      removed: 0,
      bytes: 0,
    });
  });

  it('a store without reference checks never deletes a stored file', async () => {
    const store = createAttachmentStore(dir);
    const { sha256 } = await store.put({ bytes: text('read-only use') }, (r) => r);
    expect(await store.removeUnreferenced(sha256)).toBe(false);
    expect(await store.sweepUnreferenced()).toEqual({ removed: 0, bytes: 0 });
  });
});
