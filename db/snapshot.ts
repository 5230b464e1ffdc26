/**
 * Every row of every table of a data file, as text: tests compare two snapshots to prove
 * that a refused call wrote nothing. SQLite's own statistics (sqlite_stat*, which ANALYZE
 * and PRAGMA optimize keep) describe the data rather than hold it, and are left out.
 */
import { join } from 'node:path';
import { openSqlite } from './driver';
import { DB_FILE } from './connection';

export function snapshotData(dataDir: string): string {
  const db = openSqlite(join(dataDir, DB_FILE), { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[];
    return tables
      .map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all()))
      .join('\n');
  } finally {
    db.close();
  }
}
