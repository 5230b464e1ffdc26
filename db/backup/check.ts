/**
 * Looks at the data file before anything may write to it: only a missing file is a new
 * database. Reads the header, then opens the file read-only for its data version and
 * SQLite's `quick_check`, so an empty, foreign, damaged or newer file is recognised
 * without a byte of it changing.
 *
 * Cost: quick_check reads every page once (no index cross-check, unlike integrity_check);
 * measured about 1 s per GB here. It stops at the first problem (`quick_check(1)`).
 */
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { openSqlite, type SqliteDatabase } from '../driver';
import { dirname } from 'node:path';
import type { DataFileProblem } from '../../core/backups';
import { readKeyFile } from '../crypt/key-file';
import { FolderLockedError } from '../crypt/keyring';

export type FileCheck =
  | { state: 'missing' }
  | { state: 'ok'; userVersion: number }
  | { state: 'bad'; problem: DataFileProblem };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER = 100;

const errnoOf = (err: unknown) => (err as NodeJS.ErrnoException).code;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEADER);
    const n = readSync(fd, buf, 0, HEADER, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A file shorter than its own header says it is was cut off (a crash, a full disk, a bad copy). */
function truncation(header: Buffer, size: number): string | null {
  if (header.length < HEADER) return `the file ends inside its 100-byte header (${size} bytes)`;
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  // The page count in the header is valid only when these two counters agree.
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (valid && pages > 0 && size < pages * pageSize) {
    return `the file is ${size} bytes long but should be ${pages * pageSize}`;
  }
  return null;
}

/**
 * `pages: false` skips quick_check, for a file a clean close sealed (db/clean-seal.ts):
 * the header, size and data version are still read.
 */
export function checkDataFile(
  file: string,
  supported: number,
  opts: { pages?: boolean } = {},
): FileCheck {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile())
      return { state: 'bad', problem: { kind: 'unreadable', detail: 'it is not a file' } };
    size = st.size;
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return { state: 'missing' };
    return { state: 'bad', problem: { kind: 'unreadable', detail: messageOf(err) } };
  }
  if (size === 0) return { state: 'bad', problem: { kind: 'empty' } };

  let header: Buffer;
  try {
    header = readHeader(file);
  } catch (err) {
    return { state: 'bad', problem: { kind: 'unreadable', detail: messageOf(err) } };
  }
  let encrypted: boolean;
  try {
    encrypted = readKeyFile(dirname(file)) !== null;
  } catch (err) {
    return { state: 'bad', problem: { kind: 'damaged', detail: messageOf(err) } };
  }
  // An encrypted file's header is encrypted too (its first 16 bytes are a salt): only
  // opening it with its key tells what it is.
  if (!encrypted) {
    const magicLength = Math.min(header.length, MAGIC.length);
    if (!header.subarray(0, magicLength).equals(MAGIC.subarray(0, magicLength))) {
      return { state: 'bad', problem: { kind: 'notSqlite' } };
    }
    const cut = truncation(header, size);
    if (cut) return { state: 'bad', problem: { kind: 'damaged', detail: cut } };
  }

  let reader: ReadOnly | undefined;
  try {
    reader = openReadOnly(file);
    const { db } = reader;
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (userVersion > supported) {
      return { state: 'bad', problem: { kind: 'newer', found: userVersion, supported } };
    }
    if (opts.pages === false) return { state: 'ok', userVersion };
    const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    if (first !== 'ok')
      return { state: 'bad', problem: { kind: 'damaged', detail: first.slice(0, 300) } };
    return { state: 'ok', userVersion };
  } catch (err) {
    // Not a verdict on the file: the caller asks for the passphrase first.
    if (err instanceof FolderLockedError) throw err;
    const code = errnoOf(err);
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
      return { state: 'bad', problem: { kind: 'unreadable', detail: messageOf(err) } };
    }
    // SQLITE_CORRUPT, SQLITE_NOTADB and the like: the header looked right, the rest is not.
    return { state: 'bad', problem: { kind: 'damaged', detail: messageOf(err).slice(0, 300) } };
  } finally {
    reader?.close();
  }
}

export interface ReadOnly {
  db: SqliteDatabase;
  close(): void;
}

/**
 * A read-only connection that leaves the folder as it found it: closing it also removes
 * the empty -wal/-shm that SQLite creates beside a WAL file for a reader.
 */
export function openReadOnly(file: string): ReadOnly {
  const created = SIDECARS.filter((s) => !existsSync(file + s));
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  return {
    db,
    close() {
      db.close();
      removeEmptySidecars(file, created);
    },
  };
}

const SIDECARS = ['-wal', '-shm'];

/**
 * A read-only connection to a WAL file creates an empty -wal and a -shm beside it; the
 * ones this check created are removed again, so the folder is left as it was found.
 */
function removeEmptySidecars(file: string, created: string[]): void {
  if (created.length === 0) return;
  try {
    if (existsSync(file + '-wal') && statSync(file + '-wal').size > 0) return;
    for (const s of created) rmSync(file + s, { force: true });
  } catch {
    // Leftover empty sidecars are harmless: SQLite recreates or reuses them.
  }
}
