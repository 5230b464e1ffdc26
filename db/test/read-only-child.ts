/**
 * Meets a data folder as a process that may not write to it (db/read-only.test.ts runs
 * it as `nobody` when the tests run as root) and prints one JSON line: whether the
 * folder is writable, and what opening it read-only gave.
 */
import { DB_FILE } from '../connection';
import { FolderError } from '../folder-error';
import { folderAccess, openReadOnlyDatabase } from '../read-only';

const dir = process.argv[2]!;
const access = folderAccess(dir, DB_FILE);
try {
  const db = openReadOnlyDatabase(dir, DB_FILE);
  const { n } = db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number };
  console.log(JSON.stringify({ access, clients: n, inMemory: db.memory }));
} catch (err) {
  if (!(err instanceof FolderError)) throw err;
  console.log(JSON.stringify({ access, refused: err.key }));
}
