import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChainBreak } from '../core/integrity';
import { DB_FILE, openDatabase } from './connection';
import { GENESIS } from './history-chain';
import { chainHead, holdsAt, verifyChain } from './history-verify';
import { historyRepository } from './repositories/history';
import { dropTriggers, tamper } from './test/tamper';

const N = 12;
let base: string;

const entry = (n: number) => ({
  actor: 'Li Na',
  entity: 'case' as const,
  entityId: n,
  action: 'update' as const,
  before: { notes: `old ${n}` },
  after: { notes: `new ${n} 张伟` },
});

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'xiufu-verify-'));
  const db = openDatabase(dir);
  const history = historyRepository(db);
  for (let n = 1; n <= N; n++) history.record(entry(n));
  db.close();
  base = join(dir, DB_FILE);
});

/** A copy of the 12-entry chain, opened raw with its triggers dropped, as a tester would. */
function copy(): BetterSqlite3.Database {
  const file = join(mkdtempSync(join(tmpdir(), 'xiufu-tamper-')), DB_FILE);
  copyFileSync(base, file);
  const db = new BetterSqlite3(file);
  dropTriggers(db);
  return db;
}

async function found(change: (db: BetterSqlite3.Database) => void): Promise<ChainBreak | 'intact'> {
  const db = copy();
  const cp = await verifyChain(db);
  if (cp.state !== 'intact') throw new Error('the copy should start intact');
  change(db);
  const verdict = await verifyChain(db, { checkpoints: [cp.head] });
  db.close();
  return verdict.state === 'intact' ? 'intact' : verdict.found;
}

const ids = Array.from({ length: N }, (_, i) => i + 1);

describe('verifying the history chain', () => {
  it('finds an untouched chain intact, with its count and head', async () => {
    const db = copy();
    const verdict = await verifyChain(db, { pageSize: 5 });
    const last = db.prepare('SELECT hash FROM history WHERE id = ?').get(N) as { hash: string };
    expect(verdict).toMatchObject({ state: 'intact', head: { count: N, id: N, hash: last.hash } });
    expect(chainHead(db)).toEqual({ count: N, id: N, hash: last.hash });
    expect(chainHead(db, { id: 5, count: 5 })).toEqual({ count: N, id: N, hash: last.hash });
  });

  it('finds an empty chain intact at the genesis hash', async () => {
    const db = copy();
    db.exec('DELETE FROM history');
    expect(await verifyChain(db)).toMatchObject({
      state: 'intact',
      head: { count: 0, id: 0, hash: GENESIS },
    });
  });

  // Every kind of tampering, at every entry it can be done to: each found, at the right entry.
  it.each(ids)('names entry %i when a field of its content is edited', async (id) => {
    expect(await found((db) => tamper.editContent(db, id))).toMatchObject({
      kind: 'edited',
      part: 'content',
      entry: { id },
    });
  });

  it.each(ids)('names entry %i when its actor or its time is edited', async (id) => {
    for (const edit of [tamper.editActor, tamper.editTime])
      expect(await found((db) => edit(db, id))).toMatchObject({
        kind: 'edited',
        part: 'facts',
        entry: { id },
      });
  });

  it.each(ids.slice(0, -1))('names the entry after %i when it is deleted', async (id) => {
    expect(await found((db) => tamper.delete(db, id))).toMatchObject({
      kind: 'deleted',
      entry: { id: id + 1 },
    });
  });

  it('catches the last entry deleted through the checkpoint handed out before', async () => {
    expect(await found((db) => tamper.delete(db, N))).toMatchObject({
      kind: 'rewritten',
      afterId: 0,
      entry: { id: 1 },
    });
  });

  it.each(ids.slice(0, -1))('names an entry inserted after %i', async (id) => {
    expect(await found((db) => tamper.insertAfter(db, id))).toMatchObject({
      kind: 'inserted',
      entry: { id: id + 1, actor: 'Forger' },
    });
  });

  it.each(ids.slice(0, -1))(
    'names entry %i when it is swapped with the next one or a later one',
    async (a) => {
      for (const b of [a + 1, N])
        expect(await found((db) => tamper.swap(db, a, b))).toMatchObject({
          kind: 'reordered',
          entry: { id: a },
        });
    },
  );

  it.each(ids)('names entry %i when its content is erased without an erasure entry', async (id) => {
    expect(await found((db) => tamper.eraseRaw(db, id))).toMatchObject({
      kind: 'erased',
      entry: { id },
    });
    expect(
      await found((db) =>
        db.prepare('UPDATE history SET before = NULL, after = NULL WHERE id = ?').run(id),
      ),
    ).toMatchObject({ kind: 'erased', entry: { id } });
  });

  it('catches a tail truncated and rewritten with valid hashes through a checkpoint, after the last that holds', async () => {
    const db = copy();
    const early = await verifyChain(db);
    if (early.state !== 'intact') throw new Error('intact first');
    const at4 = { ...chainHead(db), ...holdsAtCheckpoint(db, 4) };
    tamper.rewriteTail(db, 6, 9);
    // Without a checkpoint a rewrite with valid hashes looks like any chain: that is what they are for.
    expect(await verifyChain(db)).toMatchObject({ state: 'intact', head: { count: 15 } });
    expect(await verifyChain(db, { checkpoints: [at4, early.head] })).toMatchObject({
      state: 'broken',
      found: { kind: 'rewritten', afterId: 4, checkpoint: early.head, entry: { id: 5 } },
    });
    expect(holdsAt(db, early.head)).toMatchObject({
      holds: false,
      found: { id: N, actor: 'Forger' },
    });
    expect(holdsAt(db, at4)).toMatchObject({ holds: true });
  });

  it('holds to nothing a checkpoint of the empty chain', async () => {
    const empty = { count: 0, id: 0, hash: GENESIS, at: '2026-11-30T00:00:00.000Z' };
    const db = copy();
    expect(await verifyChain(db, { checkpoints: [empty] })).toMatchObject({ state: 'intact' });
    expect(holdsAt(db, empty)).toMatchObject({ holds: true });
  });

  it('catches a tail cut off through a checkpoint beyond the head', async () => {
    expect(await found((db) => db.exec('DELETE FROM history WHERE id > 8'))).toMatchObject({
      kind: 'rewritten',
      afterId: 0,
      entry: { id: 1 },
    });
  });

  it('keeps the chain intact when content is erased through eraseContent with an erasure entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-verify-'));
    const db = openDatabase(dir);
    const history = historyRepository(db);
    for (let n = 1; n <= 5; n++) history.record(entry(n));
    history.eraseContent([2, 4]);
    history.record({
      ...entry(9),
      action: 'erase',
      before: null,
      after: { erasedHistoryIds: [2, 4] },
    });
    expect(await verifyChain(db)).toMatchObject({ state: 'intact', head: { count: 6 } });
    // An erasure entry cannot vouch for content erased after it was written.
    history.eraseContent([5]);
    expect(await verifyChain(db)).toMatchObject({
      state: 'broken',
      found: { kind: 'erased', entry: { id: 5 } },
    });
    db.close();
  });

  it('reports progress by id and stops when cancelled', async () => {
    const db = copy();
    const seen: number[] = [];
    await verifyChain(db, { pageSize: 5, onProgress: (done, total) => seen.push(done, total) });
    expect(seen).toEqual([5, N, 10, N, 12, N]);
    const controller = new AbortController();
    controller.abort();
    await expect(verifyChain(db, { signal: controller.signal })).rejects.toThrow();
  });
});

/** The checkpoint an app would have handed out when `id` was the head. */
function holdsAtCheckpoint(db: BetterSqlite3.Database, id: number) {
  const r = db.prepare('SELECT hash FROM history WHERE id = ?').get(id) as { hash: string };
  return { id, count: id, hash: r.hash, at: '2026-11-30T00:00:00.000Z' };
}
