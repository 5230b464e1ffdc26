/** Test support: a real data file with rows on many pages, and the ways such a file goes bad. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, openDatabase } from '../connection';

export const freshDir = (prefix = 'xiufu-check-') => mkdtempSync(join(tmpdir(), prefix));

/** A migrated data file holding `clients` client rows (a few hundred pages), closed cleanly. */
export function dataFolderWithRows(clients = 2000): string {
  const dir = freshDir();
  const db = openDatabase(dir);
  const insert = db.prepare(
    "INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('company', ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
  );
  db.transaction(() => {
    for (let i = 0; i < clients; i++) insert.run(`Client ${i} ${'x'.repeat(100)}`, `ID${i}`);
  })();
  db.close();
  return dir;
}

export const sha256Of = (file: string): string | null =>
  existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;

/** Every way a data file can be bad, each applied to a folder's xiufu.db. */
export const BAD_FILES = {
  'zero-length': (dir: string) => writeFileSync(join(dir, DB_FILE), ''),
  'a text file': (dir: string) =>
    writeFileSync(join(dir, DB_FILE), 'Dear client,\nthis is a letter.\n'),
  truncated: (dir: string) => {
    const file = join(dir, DB_FILE);
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
  },
  'a damaged page': (dir: string) => {
    // Page 3 onwards hold the tables' b-trees: scribble over one page in the middle.
    const file = join(dir, DB_FILE);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0xa5, page * pageSize, page * pageSize + pageSize);
    writeFileSync(file, bytes);
  },
  'a newer data version': (dir: string) => {
    const file = join(dir, DB_FILE);
    const bytes = readFileSync(file);
    bytes.writeUInt32BE(999, 60); // PRAGMA user_version lives at offset 60 of the header
    writeFileSync(file, bytes);
  },
} as const;
