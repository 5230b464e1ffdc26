/**
 * A data folder this process cannot write to (permissions, a read-only mount, a backup
 * disk) opens read-only: every case can be looked at, nothing can be changed, and the
 * app says so (api/ answers each write with `read_only`, the renderer shows a banner).
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openSqlite, openSqliteBuffer, type SqliteDatabase } from './driver';
import { FolderError } from './folder-error';
import { assertNotTooNew, currentVersion, MIGRATIONS } from './migrations';

export type FolderAccess = 'writable' | 'read-only';

/** Refusals of this process's file system, as opposed to faults. */
const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Whether this process may write in the folder and to its database: tried, not guessed
 * from the modes, which say nothing about root, ACLs or a read-only mount.
 * Never touches the lock file (see db/lock.ts).
 */
export function folderAccess(dataDir: string, dbFile: string): FolderAccess {
  const probe = join(dataDir, `.xiufu-write-test-${randomUUID()}`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
  } catch (err) {
    if (READ_ONLY_CODES.has(codeOf(err))) return 'read-only';
    throw err;
  }
  try {
    closeSync(openSync(join(dataDir, dbFile), 'r+'));
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return 'writable';
    if (READ_ONLY_CODES.has(codeOf(err))) return 'read-only';
    throw err;
  }
  return 'writable';
}

/**
 * Opens the database for reading only, refusing one that would first need a migration
 * (which writes) or that a newer Xiufu wrote.
 */
export function openReadOnlyDatabase(dataDir: string, dbFile: string): SqliteDatabase {
  const db = openReadOnly(dataDir, dbFile);
  try {
    assertNotTooNew(db);
    if (currentVersion(db) < MIGRATIONS[MIGRATIONS.length - 1]!.version)
      throw new FolderError('owner.readOnlyOutdated', { dataDir });
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * A WAL-mode file needs its shared-memory index
 * (`-shm`) beside it, which a read-only folder cannot hold; then, if no change waits in
 * the `-wal` file, the database is read into memory and opened from there, its header
 * marked as a rollback-journal file (in the copy only; the file is never written).
 */
function openReadOnly(dataDir: string, dbFile: string): SqliteDatabase {
  const path = join(dataDir, dbFile);
  if (!existsSync(path)) throw new FolderError('owner.readOnlyEmpty', { dataDir });
  const db = openSqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    const code = codeOf(err);
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw err;
  }
  if (sizeOf(`${path}-wal`) > 0) throw new FolderError('owner.readOnlyUnsaved', { dataDir });
  const copy = readFileSync(path);
  // Header bytes 18 and 19: file format write and read version, 2 = WAL, 1 = rollback.
  if (copy.length >= 20 && copy[18] === 2 && copy[19] === 2) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return openSqliteBuffer(copy, { readonly: true });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
