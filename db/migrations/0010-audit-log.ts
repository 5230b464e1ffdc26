import type { Migration } from './index';

/**
 * The audit log (issue 11, part 2) reads the history newest first, a page at a time, by
 * person or kind: each filter gets an index that yields entries in id order (SQLite keeps
 * the rowid at the end of every index), so a page reads about as many entries as it shows,
 * however long the history. Client and case filters use history_entity; the index on time
 * says at once whether a range of days holds any entry.

 */
const migration: Migration = {
  version: 10,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE INDEX history_by_actor ON history (actor);
      CREATE INDEX history_by_entity ON history (entity);
      CREATE INDEX history_by_action ON history (action);
      CREATE INDEX history_by_entity_action ON history (entity, action);
      CREATE INDEX history_by_at ON history (at);
    `);
  },
};

export default migration;
