/**
 * What a tester with write access to the data file can do to the history, with raw SQL
 * on the file (the append-only triggers dropped first), knowing how the chain is hashed.
 * For the tests of db/history-verify.ts and the integrity journey.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { chainHash, contentHash, type ChainRow as Row } from '../history-chain';

type Db = BetterSqlite3.Database;

const row = (db: Db, id: number) => db.prepare('SELECT * FROM history WHERE id = ?').get(id) as Row;

export function dropTriggers(db: Db): void {
  db.exec('DROP TRIGGER IF EXISTS history_append_only; DROP TRIGGER IF EXISTS history_erase_only;');
}

/** A forged entry linked after `prevHash`, with every hash computed as the app would. */
function forged(prevHash: string, id: number, at: string, notes: string) {
  const after = JSON.stringify({ notes });
  const content = contentHash(null, after);
  const facts = { id, at, actor: 'Forger', entity: 'case', entityId: 1, action: 'update' };
  return {
    ...facts,
    after,
    content,
    prev: prevHash,
    hash: chainHash(prevHash, { ...facts, contentHash: content }),
  };
}

function insertForged(db: Db, f: ReturnType<typeof forged>): void {
  db.prepare(
    `INSERT INTO history (id, at, actor, entity, entity_id, action, before, after, content_hash, prev_hash, hash)
     VALUES (:id, :at, :actor, :entity, :entityId, :action, NULL, :after, :content, :prev, :hash)`,
  ).run(f);
}

export const tamper = {
  /** Changes a field inside the entry's content (its `after` JSON). */
  editContent(db: Db, id: number): void {
    db.prepare(
      `UPDATE history SET after = json_set(coalesce(after, '{}'), '$.notes', 'forged') WHERE id = ?`,
    ).run(id);
  },
  editActor(db: Db, id: number): void {
    db.prepare("UPDATE history SET actor = 'Someone else' WHERE id = ?").run(id);
  },
  editTime(db: Db, id: number): void {
    db.prepare("UPDATE history SET at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(id);
  },
  delete(db: Db, id: number): void {
    db.prepare('DELETE FROM history WHERE id = ?').run(id);
  },
  /** Moves every later entry up one id and puts a forged entry, correctly linked, after `id`. */
  insertAfter(db: Db, id: number): void {
    db.prepare('UPDATE history SET id = -id WHERE id > ?').run(id);
    db.exec('UPDATE history SET id = 1 - id WHERE id < 0');
    insertForged(db, forged(row(db, id).hash, id + 1, row(db, id).at, 'inserted'));
  },
  /** Exchanges two entries' places: everything but their ids. */
  swap(db: Db, a: number, b: number): void {
    const ra = row(db, a);
    const rb = row(db, b);
    const put = db.prepare(
      `UPDATE history SET at = :at, actor = :actor, entity = :entity, entity_id = :entity_id, action = :action,
         before = :before, after = :after, content_hash = :content_hash, prev_hash = :prev_hash, hash = :hash,
         erased_at = :erased_at WHERE id = :target`,
    );
    put.run({ ...rb, target: a });
    put.run({ ...ra, target: b });
  },
  /** Cuts the chain after `id` and appends `count` forged entries with valid hashes. */
  rewriteTail(db: Db, id: number, count: number): void {
    db.prepare('DELETE FROM history WHERE id > ?').run(id);
    let prev = row(db, id);
    for (let n = 1; n <= count; n++) {
      const f = forged(prev.hash, id + n, prev.at, `rewritten ${n}`);
      insertForged(db, f);
      prev = row(db, id + n);
    }
  },
  /** Empties an entry's content as an erasure would, without an erasure entry. */
  eraseRaw(db: Db, id: number): void {
    db.prepare(
      "UPDATE history SET before = NULL, after = NULL, erased_at = '2026-12-01T00:00:00.000Z' WHERE id = ?",
    ).run(id);
  },
};

/**
 * What a tester with write access to the file does (the integrity journey): the triggers
 * dropped, a case's "create" entry given a forged assignee. Returns that entry's id.
 */
export function forgeCaseCreation(file: string, caseId: number): number {
  const db = new BetterSqlite3(file);
  try {
    dropTriggers(db);
    const { id } = db
      .prepare(
        "SELECT id FROM history WHERE entity = 'case' AND entity_id = ? AND action = 'create'",
      )
      .get(caseId) as { id: number };
    db.prepare(
      "UPDATE history SET after = json_set(after, '$.assignee', 'Forged') WHERE id = ?",
    ).run(id);
    return id;
  } finally {
    db.close();
  }
}
