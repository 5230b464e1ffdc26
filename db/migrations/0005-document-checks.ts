import type { Migration } from './index';

/**
 * Documents checked as documents: a checklist item may be a paper original received (the
 * status CHECK is part of the table, so the table is rebuilt); an attached file records
 * why it cannot go into a packet; a packet records what it left out and the reason given.
 */
const migration: Migration = {
  version: 5,
  name: 'document-checks',
  up(db) {
    db.exec(`
      CREATE TABLE case_documents_new (
        case_id INTEGER NOT NULL REFERENCES cases (id),
        document_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('missing', 'requested', 'received', 'verified', 'paperOriginal', 'notNeeded')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        valid_until TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, document_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO case_documents_new (case_id, document_id, status, note, updated_at, updated_by, valid_until)
        SELECT case_id, document_id, status, note, updated_at, updated_by, valid_until FROM case_documents;
      DROP TABLE case_documents;
      ALTER TABLE case_documents_new RENAME TO case_documents;

      -- NULL: the file goes into the packet. Files attached before the check was made are
      -- judged by their MIME type, as the packet judged them until now.
      ALTER TABLE case_files ADD COLUMN not_embeddable TEXT
        CHECK (not_embeddable IS NULL OR not_embeddable IN ('type', 'encrypted'));
      UPDATE case_files SET not_embeddable = 'type'
        WHERE lower(mime) NOT IN ('application/pdf', 'image/png', 'image/jpeg', 'image/jpg');

      ALTER TABLE packets ADD COLUMN not_enclosed TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(not_enclosed));
      ALTER TABLE packets ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
    `);
  },
};

export default migration;
