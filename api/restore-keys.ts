/**
 * The keys of a restore (Settings › Backups): a backup made under another passphrase is
 * opened with the passphrase it was made under, asked before anything is written. An
 * encrypted data folder keeps its own passphrase through a restore: the restored copy of
 * the database is re-keyed to the folder's key in the restore job (db/backup/restore.ts),
 * and the folder's key file takes the backup's attachments' keys as retired ones, so the
 * files brought back read at once and are sealed again at the next open (sealLeftovers).
 * A plain folder takes the backup's state, key file and all, as before.
 */
import { isLocked, heldKey, rememberUnlocked } from '../db/crypt/keyring';
import {
  keyFilePath,
  KeyFileDamagedError,
  openKeyFile,
  readKeyFile,
  unlockKeyFile,
  withRetired,
  type KeyFile,
  type Unlocked,
} from '../db/crypt/key-file';
import { AppError } from './errors';

/** What the restore job puts in place instead of the backup's key: the folder's own. */
export interface KeptKey {
  file: KeyFile;
  key: Buffer;
}

function backupKeyFile(folder: string): KeyFile | null {
  try {
    return readKeyFile(folder);
  } catch (err) {
    if (err instanceof KeyFileDamagedError)
      throw new AppError('invalid', 'crypt.backupKeyFileDamaged', { path: keyFilePath(folder) });
    throw err;
  }
}

/** Whether restoring the backup in `folder` asks for its passphrase. */
export function needsPassphrase(folder: string): boolean {
  try {
    return isLocked(folder);
  } catch {
    // A damaged key file: the restore says so when it is tried.
    return false;
  }
}

/** The backup's keys, held in memory from now on; refuses a missing or wrong passphrase. */
async function unlockBackup(file: KeyFile, passphrase: string | undefined): Promise<Unlocked> {
  const held = heldKey(file.id);
  const unlocked = held
    ? openKeyFile(file, held)
    : passphrase
      ? await unlockKeyFile(file, passphrase)
      : null;
  if (!unlocked)
    throw new AppError(
      'invalid',
      passphrase ? 'crypt.backupWrongPassphrase' : 'crypt.backupPassphrase',
      {},
      'passphrase',
    );
  return unlocked;
}

/**
 * Checks (and holds) the keys a restore of the backup in `backupFolder` needs; returns the
 * key the folder keeps, or null when it takes the backup's state. Writes nothing.
 */
export async function restoreKeys(
  dataDir: string,
  backupFolder: string,
  passphrase: string | undefined,
): Promise<KeptKey | null> {
  const file = backupKeyFile(backupFolder);
  const backup = file && (await unlockBackup(file, passphrase));
  const own = readKeyFile(dataDir);
  const ownKey = own && heldKey(own.id);
  if (backup) rememberUnlocked(backup);
  if (!own || !ownKey || own.id === file?.id) return null;
  const current = openKeyFile(own, ownKey);
  if (!current) return null;
  const kept = withRetired(current, backup ? [backup.filesKey, ...backup.retired] : []);
  return { file: kept.file, key: kept.key };
}
