/**
 * Ids are never given twice. A history entry names its client, case or listing by id, and
 * the history is append-only: were a removed row's id given to a new row (SQLite gives the
 * largest id + 1, so removing the newest rows frees theirs), the new row would inherit the
 * removed one's history. Removing rows (the demo data) raises the table's floor past them;
 * the inserts of these tables take the next id above both the floor and every row.
 */
export type FlooredTable = 'clients' | 'cases' | 'listings';

export const ID_FLOOR_KEY = 'idFloor';

/** The SQL of the next id of `table`, for its INSERT's id column. */
export const nextIdSql = (table: FlooredTable): string =>
  `(SELECT max(coalesce((SELECT max(id) FROM ${table}), 0),
     coalesce((SELECT json_extract(value, '$.${table}') FROM settings WHERE key = '${ID_FLOOR_KEY}'), 0)) + 1)`;
