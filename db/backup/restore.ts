/**
 * Restoring, in the order that keeps the data folder whole at every moment:
 *   1. stageRestore: the backup's database is copied beside the data file
 *      (xiufu.db.restoring, hashed against the manifest, fsynced) and every attachment
 *      the data folder lacks is copied into its store first;
 *   2. swapDatabase (with the database closed): the staged file (and the backup's key file,
 *      when it was encrypted) put in place by the journalled switch of db/crypt/rekey.ts:
 *      stale -wal/-shm removed, renamed over xiufu.db, the key file put in place or removed,
 *      so the database and its key never disagree, even after a crash in between.
 * A failure anywhere before the switch's journal leaves xiufu.db exactly as it was. By
 * default the folder takes the backup's key file (a restored backup made under another
 * passphrase opens with that one); given `keep` (the app, api/restore-keys.ts), the staged
 * copy is re-keyed to the folder's own key and the folder keeps its passphrase.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDirSync, fsyncFileSync } from '../attachments/fs-sync';
import type { BackupManifest } from '../../core/backups';
import { DB_FILE } from '../connection';
import { KEY_FILE, readKeyFile, writeKeyFile, type KeyFile } from '../crypt/key-file';
import { FolderLockedError, heldKey } from '../crypt/keyring';
import { checkUnder, NEW_DB, NEW_KEY_FILE, switchRekey, type Target } from '../crypt/rekey';
import { openWithKey, rekey } from '../driver';
import { storeFile } from './create';
import { copyDurable, exists, HashMismatchError } from './durable';
import { BackupDamagedError, type Progress } from './errors';
import { backupDir, poolFile } from './layout';

export const STAGED = `${DB_FILE}.restoring`;
export const stagedPath = (dataDir: string): string => join(dataDir, STAGED);
const stagedKeyPath = (dataDir: string): string => join(dataDir, `${KEY_FILE}.restoring`);

export async function stageRestore(
  dataDir: string,
  location: string,
  manifest: BackupManifest,
  opts: { signal?: AbortSignal; onProgress?: Progress; keep?: NonNullable<Target> } = {},
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
    const keyFile = readKeyFile(backupDir(location, manifest.id));
    if (opts.keep) {
      keepFolderKey(staged, keyFile, opts.keep.key, backupDir(location, manifest.id));
      writeKeyFile(stagedKeyPath(dataDir), opts.keep.file);
    } else if (keyFile) writeKeyFile(stagedKeyPath(dataDir), keyFile);
    else rmSync(stagedKeyPath(dataDir), { force: true });
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
    rmSync(stagedKeyPath(dataDir), { force: true });
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

/** The staged copy, under the backup's key (or none), re-keyed to the folder's and checked. */
function keepFolderKey(staged: string, from: KeyFile | null, to: Buffer, backup: string): void {
  const key = from && heldKey(from.id);
  if (from && !key) throw new FolderLockedError(backup);
  const db = openWithKey(staged, key);
  try {
    rekey(db, to);
  } finally {
    db.close();
  }
  checkUnder(staged, to);
  fsyncFileSync(staged);
}

/**
 * Puts the staged database in place. Call with every connection to the data file closed.
 * `beforeRename` lets a test fail the swap at its most delicate point.
 */
export function swapDatabase(dataDir: string, hooks: { beforeRename?: () => void } = {}): void {
  const staged = stagedPath(dataDir);
  const encrypted = existsSync(stagedKeyPath(dataDir));
  try {
    hooks.beforeRename?.();
    // Staged as a re-key's new files, then switched by its journal (a -wal left beside the
    // old file, which would be replayed into the restored one, goes too).
    renameSync(staged, join(dataDir, NEW_DB));
    if (encrypted) renameSync(stagedKeyPath(dataDir), join(dataDir, NEW_KEY_FILE));
  } catch (err) {
    rmSync(staged, { force: true });
    rmSync(stagedKeyPath(dataDir), { force: true });
    rmSync(join(dataDir, NEW_DB), { force: true });
    throw err;
  }
  fsyncDirSync(dataDir);
  switchRekey(dataDir, encrypted ? 'encrypted' : 'plain');
}

/** A restore interrupted by a crash leaves its staged copy; the next start removes it. */
export function sweepStaged(dataDir: string): void {
  rmSync(stagedPath(dataDir), { force: true });
  rmSync(stagedKeyPath(dataDir), { force: true });
  rmSync(`${stagedPath(dataDir)}.tmp`, { force: true });
}
