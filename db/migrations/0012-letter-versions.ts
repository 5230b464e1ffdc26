import type { Migration } from './index';

/**
 * Letters edited as documents (issue 12): every save of a letter keeps its document (the
 * editor's JSON) as a new numbered version beside the PDF it produced, so any version can
 * be reopened; versions are never overwritten. `file_id` names the case file the save
 * attached, without a foreign key: erasing a client's personal data deletes its files (and
 * these rows with them), and a file removed from the checklist keeps its row as removed.
 */
const migration: Migration = {
  version: 12,
  name: 'letter-versions',
  up(db) {
    db.exec(`
      CREATE TABLE letter_versions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        kind TEXT NOT NULL CHECK (kind IN ('commitment', 'application')),
        lang TEXT NOT NULL CHECK (lang IN ('en', 'zh')),
        version INTEGER NOT NULL CHECK (version > 0),
        doc TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        file_id INTEGER NOT NULL,
        UNIQUE (case_id, kind, version)
      ) STRICT;
    `);
  },
};

export default migration;
