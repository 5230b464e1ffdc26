/**
 * Lets a bulk writer hold the case search index's per-row triggers off and write each new
 * case's index row once at the end, in rowid order (why: migration 0016). Both halves run
 * inside the writer's one transaction, so a rollback (a dry run, a cancel, a fault) takes
 * the flag back with everything else and no reader ever sees a case without its row.
 */
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { caseSearchDelete, caseSearchInsert } from './migrations/find-sql';

const HELD = 'NOT EXISTS (SELECT 1 FROM search_deferred)';

/**
 * A case_search trigger's CREATE statement made to stand aside while the flag is set: its
 * own WHEN condition (if any) kept and joined with the flag's.
 */
export function deferrableTriggerSql(sql: string): string {
  const match = /^([\s\S]*?)\s+WHEN\s+([\s\S]*?)\s+BEGIN\b([\s\S]*)$/i.exec(sql);
  if (match) return `${match[1]} WHEN (${match[2]}) AND ${HELD} BEGIN${match[3]}`;
  const begin = /\s+BEGIN\b/i.exec(sql);
  if (!begin) throw new Error(`Not a trigger with a body: ${sql.slice(0, 80)}`);
  return `${sql.slice(0, begin.index)} WHEN ${HELD}${sql.slice(begin.index)}`;
}

/**
 * A case_search trigger written before migration 0016 with its joins pinned as find-sql.ts
 * now writes them, so its plan no longer depends on the folder's statistics.
 */
export function pinnedJoinsSql(sql: string): string {
  return sql
    .replaceAll(
      'FROM case_listings x JOIN listings l ON',
      'FROM case_listings x CROSS JOIN listings l NOT INDEXED ON',
    )
    .replace(/(?<!\+)e\.type = '(decided|filed)'/g, "+e.type = '$1'");
}

/** Sets the flag; the caller must be inside a transaction it will end. */
export function deferCaseSearch(db: BetterSqlite3.Database): void {
  if (!db.inTransaction) throw new Error('The search index is held off only inside a transaction.');
  db.prepare('INSERT OR IGNORE INTO search_deferred (one) VALUES (1)').run();
}

/**
 * Clears the flag and writes (or rewrites) the index rows of `caseIds`, one case at a time
 * in rowid order: FTS5 then appends to its pending terms without a flush (one statement
 * over an IN list of 4,000 ids took 5 s, four times the time of 2,000).
 */
export function resumeCaseSearch(db: BetterSqlite3.Database, caseIds: readonly number[]): void {
  db.prepare('DELETE FROM search_deferred').run();
  const remove = db.prepare(caseSearchDelete('c.id = :id'));
  const write = db.prepare(caseSearchInsert('c.id = :id'));
  for (const id of [...caseIds].sort((a, b) => a - b)) {
    remove.run({ id });
    write.run({ id });
  }
}
