/** SQL pieces of migration 0006 (finding cases), kept apart so the migration reads as a list. */
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

// The joins are pinned (CROSS JOIN: the case's links first, then each listing by its id,
// NOT INDEXED; +e.type: the case's events by their case index) so the plan holds without statistics: in a new folder the planner chose
// to scan every live listing and every event of the type for each case, and a 10,000-row
// import grew with the square of its rows (migration 0016).
const LISTINGS_OF_CASE = `FROM case_listings x CROSS JOIN listings l NOT INDEXED ON l.id = x.listing_id
  WHERE x.case_id = c.id AND l.archived_at IS NULL`;
const joined = (expr: string) => `coalesce(group_concat(${expr}, char(10)), '')`;

/** Removes the case_search rows of the cases matching `where` (alias c). */
export function caseSearchDelete(where: string): string {
  return `DELETE FROM case_search WHERE rowid IN (SELECT c.id FROM cases c WHERE ${where})`;
}

/**
 * Writes the case_search rows of the cases matching `where` (alias c): the client's name
 * and code, the authorities and decision numbers of its listings, the decision numbers
 * of its `decided` events and the references of its `filed` events, assignee and notes.
 */
export function caseSearchInsert(where: string): string {
  return `
    INSERT INTO case_search (rowid, client, code, authority, decision_no, reference, assignee, notes)
    SELECT c.id, k.name, k.id_number,
      (SELECT ${joined('l.authority')} ${LISTINGS_OF_CASE}),
      trim((SELECT ${joined('l.decision_no')} ${LISTINGS_OF_CASE}) || char(10) ||
        (SELECT ${joined("json_extract(e.data, '$.decisionNo')")} FROM case_events e
          WHERE e.case_id = c.id AND +e.type = 'decided'), char(10)),
      (SELECT ${joined("json_extract(e.data, '$.reference')")} FROM case_events e
        WHERE e.case_id = c.id AND +e.type = 'filed'),
      c.assignee, c.notes
    FROM cases c JOIN clients k ON k.id = c.client_id WHERE ${where}`;
}

/** Rewrites the case_search rows of the cases matching `where` (alias c): both of the above. */
export function caseSearchRow(where: string): string {
  return `
    ${caseSearchDelete(where)};${caseSearchInsert(where)};`;
}

/**
 * Adds `value` to the `column IN (...)` CHECK of `table`. SQLite cannot change a CHECK in
 * place, so the table is rebuilt from its own current definition (whatever earlier
 * migrations made of it), with its indexes and triggers.
 */
export function widenCheck(
  db: BetterSqlite3.Database,
  table: string,
  column: string,
  value: string,
): void {
  const rows = db
    .prepare(
      'SELECT type, name, sql FROM sqlite_master WHERE tbl_name = :table AND sql IS NOT NULL',
    )
    .all({ table }) as { type: string; name: string; sql: string }[];
  const create = rows.find((r) => r.type === 'table');
  if (!create) throw new Error(`No table ${table} to widen.`);
  const check = new RegExp(`(${column}\\s+IN\\s*\\()([^)]*)\\)`);
  if (!check.test(create.sql)) throw new Error(`${table}.${column} has no IN (...) check.`);
  const temp = `${table}_widened`;
  const widened = create.sql
    .replace(check, (_, head: string, list: string) => `${head}${list}, '${value}')`)
    .replace(/^CREATE TABLE\s+("?)\w+\1/, `CREATE TABLE ${temp}`);
  db.exec(widened);
  db.exec(`INSERT INTO ${temp} SELECT * FROM ${table}; DROP TABLE ${table};
    ALTER TABLE ${temp} RENAME TO ${table};`);
  for (const r of rows) if (r.type !== 'table') db.exec(r.sql);
}
