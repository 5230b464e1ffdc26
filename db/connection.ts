/**
 * Opens the data folder's SQLite file: checked first (db/backup/check.ts, read-only), so
 * only a missing file becomes a new database; then the pragmas that keep it safe, then
 * the migrations. A folder this process cannot write opens read-only (db/read-only.ts).
 */
import { join } from 'node:path';
import { openSqlite, type SqliteDatabase } from './driver';
import { checkDataFile, type FileCheck } from './backup/check';
import { breakSeal, isSealedClean } from './clean-seal';
import { DataFileError } from './data-file-error';
import type { DataFileProblem } from '../core/backups';
import { DatabaseTooNewError, latestVersion, migrate } from './migrations';
import { optimize } from './optimize';
import { registerChainFunctions } from './history-chain';
import { ensurePrivateFolder, tightenFiles } from './private-folder';
import { openReadOnlyDatabase } from './read-only';

export type Database = SqliteDatabase;

export const DB_FILE = 'xiufu.db';

export const dataFilePath = (dataDir: string): string => join(dataDir, DB_FILE);

/**
 * What the data file is, without writing to it (see db/backup/check.ts). With
 * `trustSeal`, a file left exactly as a clean close sealed it (db/clean-seal.ts) is not
 * read page by page again.
 */
export function inspectDataFile(dataDir: string, opts: { trustSeal?: boolean } = {}): FileCheck {
  const file = dataFilePath(dataDir);
  const pages = !(opts.trustSeal && isSealedClean(file));
  return checkDataFile(file, latestVersion(), { pages });
}

/** An existing database that this version will change when it opens it. */
export function willMigrate(check: FileCheck): boolean {
  return check.state === 'ok' && check.userVersion > 0 && check.userVersion < latestVersion();
}

/** Checks, opens and migrates; throws DataFileError (nothing written) for a file it must not use. */
export function openDatabase(dataDir: string, opts: { readOnly?: boolean } = {}): Database {
  if (opts.readOnly) return openReadOnlyDatabase(dataDir, DB_FILE);
  ensurePrivateFolder(dataDir);
  const check = inspectDataFile(dataDir);
  if (check.state === 'bad') throw dataFileError(dataFilePath(dataDir), check.problem);
  return openWritable(dataDir);
}

export function dataFileError(file: string, problem: DataFileProblem): DataFileError {
  return problem.kind === 'newer'
    ? new DatabaseTooNewError(problem.found, problem.supported, file)
    : new DataFileError(file, problem);
}

/** Opens a file already checked by inspectDataFile (or missing: then it is created) and migrates it. */
export function openWritable(dataDir: string): Database {
  breakSeal(dataFilePath(dataDir));
  // The key (of an encrypted folder) first, then the pragmas: openSqlite applies it.
  const db = openSqlite(dataFilePath(dataDir));
  try {
    applyPragmas(db);
    migrate(db);
    optimize(db, 'open');
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
  // 64 MiB of page cache (the default is 2 MiB): at 100k cases the indexes the lists and
  // the dashboard read stay in memory instead of being read again on every request.
  db.pragma('cache_size = -65536');
  // Deleted and overwritten content is zeroed, not left in free space: erasing personal
  // data (issue 11) must leave no copy of it in the file.
  db.pragma('secure_delete = ON');
  registerChainFunctions(db);
}
