import type { Migration } from './index';

/**
 * Spreadsheet imports (issue 13): each run is a batch that names its files (with their
 * SHA-256) and keeps the ids of every record it added, so "Undo this import" removes
 * exactly those. `history_mark` is the last history entry the batch wrote: an entry after
 * it about one of the batch's records is a change since. A firm's column mapping is kept
 * under the set of headers it was made for, and offered when those headers come again.
 */
const migration: Migration = {
  version: 13,
  name: 'import-batches',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        files TEXT NOT NULL,
        counts TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        history_mark INTEGER NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE TABLE import_batch_records (
        batch_id INTEGER NOT NULL REFERENCES import_batches (id),
        entity TEXT NOT NULL CHECK (entity IN ('client', 'listing', 'case', 'event')),
        entity_id INTEGER NOT NULL,
        PRIMARY KEY (batch_id, entity, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE import_mappings (
        header_key TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
