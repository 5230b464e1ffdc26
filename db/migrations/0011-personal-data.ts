import type { Migration } from './index';

/**
 * Personal data under the owner's control (issue 11): a client whose personal data was
 * erased keeps its row (its cases and the history chain point at it) with `erased_at` set.
 * The search indexes delete in place ("secure-delete"), so an erased name or number leaves
 * no token behind in an older index segment.
 */
const migration: Migration = {
  version: 11,
  name: 'personal-data',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN erased_at TEXT;
      INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1);
    `);
  },
};

export default migration;
