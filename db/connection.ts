/** Opens the data folder's SQLite file with the pragmas that keep it safe, then migrates it. */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { assertNotTooNew, migrate } from './migrations';
import { ensurePrivateFolder, tightenFiles } from './private-folder';
import { openReadOnlyDatabase } from './read-only';

export type Database = BetterSqlite3.Database;

export const DB_FILE = 'xiufu.db';

export function openDatabase(dataDir: string, opts: { readOnly?: boolean } = {}): Database {
  if (opts.readOnly) return openReadOnlyDatabase(dataDir, DB_FILE);
  ensurePrivateFolder(dataDir);
  const db = new BetterSqlite3(join(dataDir, DB_FILE));
  try {
    // Before any pragma: switching to WAL would already rewrite a file we must refuse.
    assertNotTooNew(db);
    applyPragmas(db);
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  // SQLite creates its files 0644; the -wal and -shm it makes later copy the database's mode.
  tightenFiles(['', '-wal', '-shm'].map((suffix) => join(dataDir, DB_FILE + suffix)));
  return db;
}

export function applyPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: a power cut after a commit never loses that commit (PRODUCT.md "Nothing lost").
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
