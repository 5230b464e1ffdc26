import type { Migration } from './index';
import { deferrableTriggerSql, pinnedJoinsSql } from '../search-deferral';

/**
 * Bulk writes (an import of 10,000 rows) and the case search index (issue 13). The index's
 * triggers rewrite a case's row (delete + insert of the same rowid) at every listing link
 * and filing; FTS5 must flush its pending terms to a new segment whenever a rowid comes
 * that is not above the last, so a batch grew faster than its rows (2,000 bare rows:
 * 3.3 s with the triggers, 0.27 s without). The triggers now stand aside while the
 * one-row table `search_deferred` holds a row: a bulk writer sets it inside its own
 * transaction (no other connection ever sees it), writes, then writes each new case's
 * row once, in rowid order, and clears it (db/search-deferral.ts). The triggers' joins are
 * also pinned (find-sql.ts): without statistics, in a new folder, each case's row scanned
 * every live listing and every event of a type.
 */
const migration: Migration = {
  version: 16,
  name: 'search-deferral',
  up(db) {
    db.exec(`CREATE TABLE search_deferred (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;`);
    const triggers = db
      .prepare(
        `SELECT name, sql FROM sqlite_master
         WHERE type = 'trigger' AND name LIKE 'case\\_search\\_%' ESCAPE '\\' ORDER BY name`,
      )
      .all() as { name: string; sql: string }[];
    if (triggers.length === 0) throw new Error('No case search triggers to make deferrable.');
    for (const t of triggers) {
      db.exec(`DROP TRIGGER ${t.name};`);
      db.exec(deferrableTriggerSql(pinnedJoinsSql(t.sql)));
    }
  },
};

export default migration;
