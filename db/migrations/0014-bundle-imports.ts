import type { Migration } from './index';

/**
 * Case bundles (issue 13): a folder names itself with a random id that every bundle it
 * exports carries, and remembers which case of which source folder became which case here,
 * so importing the same bundle twice adds nothing the second time. The id is made once,
 * here; a backup restored elsewhere keeps it (it is the same folder's data).
 *
 * Reserved number 0014; numbered 13 on its branch so the steps stay without gaps until the
 * import part's 0013 lands beside it (the lead renumbers at merge).
 */
const migration: Migration = {
  version: 14,
  name: 'bundle-imports',
  up(db) {
    db.exec(`
      CREATE TABLE folder_identity (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        folder_id TEXT NOT NULL CHECK (length(folder_id) = 32)
      ) STRICT;
      INSERT INTO folder_identity (one, folder_id) VALUES (1, lower(hex(randomblob(16))));

      CREATE TABLE bundle_imports (
        source_folder TEXT NOT NULL,
        source_case INTEGER NOT NULL,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        bundle_name TEXT NOT NULL,
        bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
        exported_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (source_folder, source_case)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

export default migration;
