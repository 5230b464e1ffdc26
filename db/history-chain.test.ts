import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { applyPragmas, openDatabase, type Database } from './connection';
import { GENESIS, type ChainRow as Row } from './history-chain';
import { verifyChain } from './history-verify';
import { migrate, MIGRATIONS } from './migrations';
import { historyRepository } from './repositories/history';

const rows = (db: Database) => db.prepare('SELECT * FROM history ORDER BY id').all() as Row[];

/** The id of the first entry that does not hold (db/history-verify.ts), or null. */
async function firstBroken(db: Database): Promise<number | null> {
  const verdict = await verifyChain(db);
  return verdict.state === 'intact' ? null : (verdict.found.entry?.id ?? 0);
}

const entry = (n: number) => ({
  actor: 'Li Na',
  entity: 'case' as const,
  entityId: n,
  action: 'update' as const,
  before: { notes: `old ${n}` },
  after: { notes: `new ${n} 张伟 110101199003071234` },
});

const fresh = () => openDatabase(mkdtempSync(join(tmpdir(), 'xiufu-chain-')));

describe('the history chain', () => {
  it('links every appended entry to the one before it', async () => {
    const db = fresh();
    const history = historyRepository(db);
    for (let n = 1; n <= 20; n++) history.record(entry(n));
    const all = rows(db);
    expect(all).toHaveLength(20);
    expect(all[0]!.prev_hash).toBe(GENESIS);
    expect(all.slice(1).every((r, i) => r.prev_hash === all[i]!.hash)).toBe(true);
    expect(await firstBroken(db)).toBeNull();
    db.close();
  });

  it('refuses to delete an entry or change anything but erasing its content', async () => {
    const db = fresh();
    const history = historyRepository(db);
    for (let n = 1; n <= 3; n++) history.record(entry(n));
    const before = rows(db);
    expect(() => db.exec('DELETE FROM history WHERE id = 2')).toThrow(/append-only/);
    expect(() => db.exec("UPDATE history SET actor = 'Wang' WHERE id = 2")).toThrow(/append-only/);
    expect(() => db.exec("UPDATE history SET after = '{}' WHERE id = 2")).toThrow(/append-only/);
    expect(() =>
      db.exec(
        "UPDATE history SET before = NULL, after = NULL, erased_at = 'x', hash = 'h' WHERE id = 2",
      ),
    ).toThrow(/append-only/);
    expect(rows(db)).toEqual(before);
  });

  it('keeps the chain whole when an entry’s content is erased, and cannot erase it twice', async () => {
    const db = fresh();
    const history = historyRepository(db);
    for (let n = 1; n <= 3; n++) history.record(entry(n));
    history.eraseContent([2], '2026-12-01T08:00:00.000Z');
    const erased = rows(db)[1]!;
    expect(erased).toMatchObject({
      before: null,
      after: null,
      erased_at: '2026-12-01T08:00:00.000Z',
    });
    // Erased content holds only once an erasure entry lists it (db/history-verify.ts).
    expect(await firstBroken(db)).toBe(2);
    history.record({
      ...entry(2),
      action: 'erase',
      before: null,
      after: { erasedHistoryIds: [2] },
    });
    expect(await firstBroken(db)).toBeNull();
    expect(history.forEntity('case', 2)[1]).toMatchObject({ erasedAt: '2026-12-01T08:00:00.000Z' });
    expect(() => db.exec("UPDATE history SET erased_at = 'later' WHERE id = 2")).toThrow(
      /append-only/,
    );
  });

  it('stays one line when two connections append in turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-chain-'));
    const a = openDatabase(dir);
    const b = new BetterSqlite3(join(dir, 'xiufu.db'));
    applyPragmas(b);
    const ha = historyRepository(a);
    const hb = historyRepository(b);
    for (let n = 1; n <= 10; n++) {
      ha.record(entry(n));
      // Each connection's append reads the head the other one just wrote.
      b.transaction(() => hb.record(entry(100 + n)))();
    }
    expect(rows(a)).toHaveLength(20);
    expect(await firstBroken(a)).toBeNull();
    a.close();
    b.close();
  });

  it('chains the entries a version 8 database already has, in id order', async () => {
    const raw = new BetterSqlite3(':memory:');
    migrate(raw, MIGRATIONS, 8);
    raw.exec(`
      INSERT INTO history (at, actor, entity, entity_id, action, before, after) VALUES
        ('2026-01-01T00:00:00.000Z', 'me', 'case', 1, 'create', NULL, '{"notes":"a"}'),
        ('2026-01-02T00:00:00.000Z', 'me', 'case', 1, 'update', '{"notes":"a"}', '{"notes":"b"}'),
        ('2026-01-03T00:00:00.000Z', 'me', 'calendar', 2027, 'restore', NULL, NULL);`);
    migrate(raw, MIGRATIONS, 9);
    expect(rows(raw).map((r) => [r.id, r.action, r.after])).toEqual([
      [1, 'create', '{"notes":"a"}'],
      [2, 'update', '{"notes":"b"}'],
      [3, 'restore', null],
    ]);
    expect(await firstBroken(raw)).toBeNull();
    expect(() => raw.exec('DELETE FROM history')).toThrow(/append-only/);
  });
});
