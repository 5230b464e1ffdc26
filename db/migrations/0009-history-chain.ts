import type { Migration } from './index';
import { contentHash, GENESIS, linkOfRow, type ChainRow } from '../history-chain';

type Row = Omit<ChainRow, 'content_hash' | 'prev_hash' | 'hash' | 'erased_at'>;

/**
 * History becomes a hash chain (db/history-chain.ts): every entry keeps its content hash, the
 * previous entry's link and its own. Existing entries are chained in id order. Triggers make
 * the log append-only; the one change allowed is erasing an entry's content (personal data),
 * which leaves its hashes — and so the chain — as they were.
 */
const migration: Migration = {
  version: 9,
  name: 'history-chain',
  up(db) {
    db.exec(`
      CREATE TABLE history_chained (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'listing', 'case', 'settings', 'calendar')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'erase', 'reveal', 'export')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        content_hash TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        erased_at TEXT,
        CHECK (erased_at IS NULL OR (before IS NULL AND after IS NULL))
      ) STRICT;
    `);
    const insert = db.prepare(
      `INSERT INTO history_chained (id, at, actor, entity, entity_id, action, before, after, content_hash, prev_hash, hash)
       VALUES (:id, :at, :actor, :entity, :entity_id, :action, :before, :after, :content, :prev, :hash)`,
    );
    // In pages: a statement cannot run while another one is being iterated.
    const page = db.prepare('SELECT * FROM history WHERE id > ? ORDER BY id LIMIT 5000');
    let prev = GENESIS;
    for (
      let rows = page.all(0) as Row[];
      rows.length > 0;
      rows = page.all(rows.at(-1)!.id) as Row[]
    )
      for (const r of rows) {
        const content = contentHash(r.before, r.after);
        const hash = linkOfRow(prev, r, content);
        insert.run({ ...r, content, prev, hash });
        prev = hash;
      }
    db.exec(`
      DROP TABLE history;
      ALTER TABLE history_chained RENAME TO history;
      CREATE INDEX history_entity ON history (entity, entity_id, id);

      CREATE TRIGGER history_append_only BEFORE DELETE ON history
      BEGIN
        SELECT RAISE(ABORT, 'The history log is append-only: entries cannot be deleted.');
      END;

      CREATE TRIGGER history_erase_only BEFORE UPDATE ON history
      WHEN NOT (
        NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.entity = OLD.entity
        AND NEW.entity_id = OLD.entity_id AND NEW.action = OLD.action
        AND NEW.content_hash = OLD.content_hash AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
        AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL
        AND NEW.before IS NULL AND NEW.after IS NULL
      )
      BEGIN
        SELECT RAISE(ABORT, 'The history log is append-only: an entry can only have its content erased.');
      END;
    `);
  },
};

export default migration;
