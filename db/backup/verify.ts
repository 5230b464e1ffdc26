/**
 * Verifies a backup against its manifest: the database file's SHA-256 and SQLite's full
 * `integrity_check` on it, then every pooled file's SHA-256, read back from the disk.
 * Reads only; the caller records the result (status.json).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BackupManifest, BackupProblem, BackupStatus } from '../../core/backups';
import { plainChunks, SealedFileError } from '../attachments/sealed';
import { UNDECRYPTABLE } from '../attachments/store';
import { DB_FILE } from '../connection';
import { openReadOnly } from './check';
import type { Progress } from './errors';
import { backupDir, poolFile } from './layout';
import { readManifest, writeStatus } from './manifest';

/** SHA-256 of a file, counting bytes as they are read; null when it is not there. */
async function hashCounting(
  file: string,
  signal: AbortSignal | undefined,
  onBytes: (n: number) => void,
): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    // Plain content: a sealed pool file (an encrypted folder's) is decrypted as it is read.
    for await (const chunk of plainChunks(file, signal)) {
      hash.update(chunk);
      onBytes(chunk.length);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (err instanceof SealedFileError) return UNDECRYPTABLE;
    throw err;
  }
  return hash.digest('hex');
}

function integrity(file: string): string | null {
  let reader;
  try {
    reader = openReadOnly(file);
    const rows = reader.db.pragma('integrity_check(1)') as { integrity_check: string }[];
    const first = rows[0]?.integrity_check ?? 'no answer';
    return first === 'ok' ? null : first.slice(0, 300);
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).slice(0, 300);
  } finally {
    reader?.close();
  }
}

export async function verifyBackupDir(
  dir: string,
  location: string,
  manifest: BackupManifest,
  opts: { signal?: AbortSignal; onProgress?: Progress } = {},
): Promise<BackupStatus> {
  const { signal, onProgress = () => undefined } = opts;
  const total = manifest.raw ? manifest.raw.reduce((n, f) => n + f.size, 0) : manifest.size;
  let done = 0;
  const count = (n: number) => onProgress('verifying', (done += n), total);
  const problems: BackupProblem[] = [];

  if (manifest.raw) {
    for (const f of manifest.raw) {
      const actual = await hashCounting(join(dir, f.name), signal, count);
      if (actual !== f.sha256) problems.push({ kind: 'databaseHash' });
    }
    const checkedAt = new Date().toISOString();
    return problems.length ? { state: 'damaged', checkedAt, problems } : { state: 'raw' };
  }

  const dbFile = join(dir, DB_FILE);
  const actual = await hashCounting(dbFile, signal, count);
  if (actual !== manifest.database?.sha256) problems.push({ kind: 'databaseHash' });
  signal?.throwIfAborted();
  if (actual !== null) {
    const detail = integrity(dbFile);
    if (detail) problems.push({ kind: 'database', detail });
  }
  for (const f of manifest.files) {
    signal?.throwIfAborted();
    const found = await hashCounting(poolFile(location, f.sha256), signal, count);
    if (found === null) problems.push({ kind: 'fileMissing', sha256: f.sha256 });
    else if (found !== f.sha256) problems.push({ kind: 'fileDamaged', sha256: f.sha256 });
  }
  const checkedAt = new Date().toISOString();
  return problems.length
    ? { state: 'damaged', checkedAt, problems }
    : { state: 'verified', checkedAt };
}

/** Verifies a listed backup and records the result beside it. */
export async function verifyBackup(
  location: string,
  id: string,
  opts: { signal?: AbortSignal; onProgress?: Progress } = {},
): Promise<{ manifest: BackupManifest | null; status: BackupStatus }> {
  const dir = backupDir(location, id);
  const manifest = await readManifest(dir);
  if (!manifest || manifest.id !== id) {
    const status: BackupStatus = {
      state: 'damaged',
      checkedAt: new Date().toISOString(),
      problems: [{ kind: 'manifest' }],
    };
    await writeStatus(dir, status);
    return { manifest: null, status };
  }
  const status = await verifyBackupDir(dir, location, manifest, opts);
  await writeStatus(dir, status);
  return { manifest, status };
}
