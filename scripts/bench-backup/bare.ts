/**
 * The bare baseline: the same backup and the same restore done with nothing but
 * better-sqlite3 and node:fs, no engine around them. It produces what the project's path
 * produces and checks what it checks:
 *   backup   db.backup() of the database, each attachment it refers to copied (fsynced),
 *            then integrity_check on the copy and SHA-256 of the copy and of every file
 *            read back, and a manifest of the hashes;
 *   restore  the backup checked first (integrity_check, SHA-256 of every file), then its
 *            database and attachments copied back into the data folder (fsynced) and the
 *            database renamed into place.
 * The list of attachments comes from the same SELECT the engine runs (db/backup/facts.ts).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

const DB_FILE = 'xiufu.db';

interface Referenced {
  sha256: string;
  size: number;
}

/** The engine's statement (db/backup/facts.ts referencedFiles), run bare. */
const REFERENCED = `SELECT a.sha256, a.size FROM attachments a
  WHERE EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = a.sha256 AND f.removed_at IS NULL)
     OR EXISTS (SELECT 1 FROM packets p WHERE p.sha256 = a.sha256)
  ORDER BY a.sha256`;

const shard = (root: string, sha256: string) => join(root, sha256.slice(0, 2), sha256);

function referenced(file: string): Referenced[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(REFERENCED).all() as Referenced[];
  } finally {
    db.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function fsync(path: string, flags = 'r'): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function integrityCheck(file: string): void {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const result = db.pragma('integrity_check(1)', { simple: true });
    if (result !== 'ok') throw new Error(`integrity_check of ${file}: ${String(result)}`);
  } finally {
    db.close();
  }
}

/** Copies files into a sharded folder, each fsynced, then each shard folder once. */
async function copyAll(files: Referenced[], from: string, to: string): Promise<void> {
  const folders = new Set<string>();
  for (const f of files) {
    const target = shard(to, f.sha256);
    if (!folders.has(dirname(target))) await mkdir(dirname(target), { recursive: true });
    folders.add(dirname(target));
    await copyFile(shard(from, f.sha256), target);
    await fsync(target, 'r+');
  }
  for (const folder of folders) await fsync(folder);
}

async function checkAll(files: Referenced[], root: string): Promise<void> {
  for (const f of files) {
    if ((await sha256Of(shard(root, f.sha256))) !== f.sha256)
      throw new Error(`${f.sha256} does not match its SHA-256`);
  }
}

/** A backup of `dataDir` into the empty folder `target` (database, pool/, manifest.json). */
export async function bareBackup(dataDir: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  const copy = join(target, DB_FILE);
  const source = new BetterSqlite3(join(dataDir, DB_FILE), { readonly: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  await fsync(copy, 'r+');
  const files = referenced(copy);
  await copyAll(files, join(dataDir, 'files'), join(target, 'pool'));
  integrityCheck(copy);
  const database = await sha256Of(copy);
  await checkAll(files, join(target, 'pool'));
  await writeFile(join(target, 'manifest.json'), JSON.stringify({ database, files }));
  await fsync(join(target, 'manifest.json'), 'r+');
  await fsync(target);
}

/**
 * Restores the project's backup `<location>/<id>` (its database and the pool beside it)
 * into `dataDir`, which lost its database and attachments.
 */
export async function bareRestore(location: string, id: string, dataDir: string): Promise<void> {
  const source = join(location, id, DB_FILE);
  const manifest = JSON.parse(await readFile(join(location, id, 'manifest.json'), 'utf8')) as {
    database: { sha256: string };
  };
  if ((await sha256Of(source)) !== manifest.database.sha256)
    throw new Error(`${source} does not match its SHA-256`);
  integrityCheck(source);
  const files = referenced(source);
  await checkAll(files, join(location, 'pool'));
  const staged = join(dataDir, `${DB_FILE}.restoring`);
  await copyFile(source, staged);
  await fsync(staged, 'r+');
  await copyAll(files, join(location, 'pool'), join(dataDir, 'files'));
  await rename(staged, join(dataDir, DB_FILE));
  await fsync(dataDir);
}
