/**
 * The keys this process knows, by the id of the key file each one opens (db/crypt/key-file.ts).
 * Held in memory only: a worker gets them in its workerData (jobs/worker-data.ts), never
 * through a file. A folder whose key file names a key not held here is locked.
 */
import { readKeyFile, type FilesKey, type Unlocked } from './key-file';

const keys = new Map<string, Buffer>();

export function rememberKey(id: string, key: Buffer): void {
  keys.set(id, Buffer.from(key));
}

/** Every key an unlocked key file gives: the database's and the attachments' (retired too). */
export function rememberUnlocked(u: Unlocked): void {
  rememberKey(u.file.id, u.key);
  for (const k of [u.filesKey, ...u.retired]) rememberKey(k.id, k.key);
}

/** The key a sealed file names, if this process holds it. */
export function heldKey(id: string): Buffer | null {
  return keys.get(id) ?? null;
}

/** The attachments' key of an encrypted folder; null for a plain one; throws when locked. */
export function filesKeyForFolder(folder: string): FilesKey | null {
  const file = readKeyFile(folder);
  if (!file) return null;
  const key = keys.get(file.files.id);
  if (!key) throw new FolderLockedError(folder);
  return { id: file.files.id, key };
}

export function forgetKey(id: string): void {
  keys.get(id)?.fill(0);
  keys.delete(id);
}

/** Every key held, for a worker thread (copied: the worker's thread gets its own). */
export function heldKeys(): [string, Buffer][] {
  return [...keys].map(([id, key]) => [id, Buffer.from(key)]);
}

export function adoptKeys(entries: readonly (readonly [string, Uint8Array])[]): void {
  for (const [id, key] of entries) rememberKey(id, Buffer.from(key));
}

export class FolderLockedError extends Error {
  readonly code = 'XIUFU_LOCKED';
  constructor(readonly folder: string) {
    super(`The data in ${folder} is encrypted and has not been unlocked.`);
    this.name = 'FolderLockedError';
  }
}

/**
 * The key of the folder's database and files: null for a folder without a key file (not
 * encrypted); throws FolderLockedError when the folder is encrypted and its key unknown.
 */
export function keyForFolder(folder: string): Buffer | null {
  const file = readKeyFile(folder);
  if (!file) return null;
  const key = keys.get(file.id);
  if (!key) throw new FolderLockedError(folder);
  return key;
}

/** Whether the folder is encrypted with a key this process does not hold. */
export function isLocked(folder: string): boolean {
  const file = readKeyFile(folder);
  return file !== null && !keys.has(file.id);
}
