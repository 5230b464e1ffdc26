/**
 * The one way a data file is opened: better-sqlite3-multiple-ciphers for every connection,
 * plain or encrypted, so both kinds of folder go through the same code. When the file's
 * folder has a key file (db/crypt/key-file.ts) its key is applied before any other
 * statement: SQLCipher 4 format, the 32-byte key given raw (no second key derivation).
 */
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { keyForFolder } from './crypt/keyring';

export type SqliteDatabase = Sqlite.Database;
export type SqliteOptions = Sqlite.Options;

/** Opens `file`, keyed when its folder is encrypted; throws FolderLockedError when locked. */
export function openSqlite(file: string, options?: SqliteOptions): SqliteDatabase {
  return openWithKey(file, keyForFolder(dirname(file)), options);
}

/** Opens `file` with this key (null: as a plain file), whatever its folder's key file says. */
export function openWithKey(
  file: string,
  key: Buffer | null,
  options?: SqliteOptions,
): SqliteDatabase {
  const db = new Sqlite(file, options);
  if (key) {
    try {
      applyKey(db, key);
    } catch (err) {
      db.close();
      throw err;
    }
  }
  return db;
}

/** An in-memory copy of a plain file's bytes (db/read-only.ts). */
export function openSqliteBuffer(bytes: Buffer, options?: SqliteOptions): SqliteDatabase {
  return new Sqlite(bytes, options);
}

/** Must be the first statements on the connection. */
export function applyKey(db: SqliteDatabase, key: Buffer): void {
  useSqlcipher(db);
  db.pragma(`key = "${keyLiteral(key)}"`);
}

/**
 * Re-encrypts the open database in place with another key, or decrypts it (null). A plain
 * file is encrypted the same way. Rewrites every page: for a copy, never the live file.
 */
export function rekey(db: SqliteDatabase, key: Buffer | null): void {
  useSqlcipher(db);
  db.pragma(`rekey = "${keyLiteral(key)}"`);
}

function useSqlcipher(db: SqliteDatabase): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

const keyLiteral = (key: Buffer | null) => (key ? `x'${key.toString('hex')}'` : '');

/** A compact copy of the whole database, with the connection's key (or none). */
export function vacuumInto(db: SqliteDatabase, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}
