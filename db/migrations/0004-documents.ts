import type { Migration } from './index';

/**
 * Documents of a case: custom checklist items, validity dates, attached files (stored by
 * SHA-256 in the data folder; these rows point at them) and exported submission packets.
 */
const migration: Migration = {
  version: 4,
  name: 'documents',
  up(db) {
    db.exec(`
      ALTER TABLE case_documents ADD COLUMN valid_until TEXT NOT NULL DEFAULT '';

      CREATE TABLE checklist_custom (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        name TEXT NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX checklist_custom_case ON checklist_custom (case_id);

      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE case_files (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        item_key TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        filename TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX case_files_case ON case_files (case_id, item_key);
      CREATE INDEX case_files_sha ON case_files (sha256);

      CREATE TABLE packets (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        filename TEXT NOT NULL,
        page_count INTEGER NOT NULL,
        lang TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX packets_case ON packets (case_id, id);
      CREATE INDEX packets_sha ON packets (sha256);
    `);
  },
};

export default migration;
