/**
 * Restoring, in the order that keeps the data folder whole at every moment:
 *   1. stageRestore: the backup's database is copied beside the data file
 *      (xiufu.db.restoring, hashed against the manifest, fsynced) and every attachment
 *      the data folder lacks is copied into its store first;
 *   2. swapDatabase (with the database closed): stale -wal/-shm removed, the staged file
 *      renamed over xiufu.db (atomic), the folder fsynced.
 * A failure anywhere before the rename leaves xiufu.db exactly as it was.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDirSync } from '../attachments/fs-sync';
import type { BackupManifest } from '../../core/backups';
import { dataFilePath, DB_FILE } from '../connection';
import { storeFile } from './create';
import { copyDurable, exists, HashMismatchError } from './durable';
import { BackupDamagedError, type Progress } from './errors';
import { backupDir, poolFile } from './layout';

export const STAGED = `${DB_FILE}.restoring`;
export const stagedPath = (dataDir: string): string => join(dataDir, STAGED);

export async function stageRestore(
  dataDir: string,
  location: string,
  manifest: BackupManifest,
  opts: { signal?: AbortSignal; onProgress?: Progress } = {},
): Promise<string> {
  const { signal, onProgress = () => undefined } = opts;
  const staged = stagedPath(dataDir);
  let done = 0;
  const count = (n: number) => onProgress('restoring', (done += n), manifest.size);
  try {
    await copyDurable(join(backupDir(location, manifest.id), DB_FILE), staged, {
      temp: `${staged}.tmp`,
      expected: manifest.database!.sha256,
      signal,
      onBytes: count,
    });
    for (const f of manifest.files) {
      const target = storeFile(dataDir, f.sha256);
      if (await exists(target)) {
        count(f.size);
        continue;
      }
      await copyDurable(poolFile(location, f.sha256), target, {
        temp: join(dataDir, 'files', 'tmp', `restore-${f.sha256}.tmp`),
        expected: f.sha256,
        signal,
        onBytes: count,
      });
    }
  } catch (err) {
    rmSync(staged, { force: true });
    if (err instanceof HashMismatchError) {
      throw new BackupDamagedError([
        err.file.endsWith(DB_FILE)
          ? { kind: 'databaseHash' }
          : { kind: 'fileDamaged', sha256: err.expected },
      ]);
    }
    throw err;
  }
  return staged;
}

/**
 * Puts the staged database in place. Call with every connection to the data file closed.
 * `beforeRename` lets a test fail the swap at its most delicate point.
 */
export function swapDatabase(dataDir: string, hooks: { beforeRename?: () => void } = {}): void {
  const file = dataFilePath(dataDir);
  const staged = stagedPath(dataDir);
  try {
    // A -wal left beside the old file would be replayed into the restored one.
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    hooks.beforeRename?.();
    renameSync(staged, file);
  } catch (err) {
    rmSync(staged, { force: true });
    throw err;
  }
  fsyncDirSync(dataDir);
}

/** A restore interrupted by a crash leaves its staged copy; the next start removes it. */
export function sweepStaged(dataDir: string): void {
  rmSync(stagedPath(dataDir), { force: true });
  rmSync(`${stagedPath(dataDir)}.tmp`, { force: true });
}
