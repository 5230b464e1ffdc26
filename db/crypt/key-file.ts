/**
 * The small file beside an encrypted database (`xiufu.key`): the salt and scrypt cost the
 * key is derived with from the passphrase, a verifier (an HMAC made with the key) so a
 * wrong passphrase is told apart from a damaged database, and the attachments' own key
 * wrapped with the derived key. Without the passphrase it gives nothing away. Its presence
 * is what marks a folder (or a backup) as encrypted.
 *
 * A passphrase change brings a new attachments' key too, and every stored file is sealed
 * again with it (db/attachments/convert.ts). The keys it replaces stay in the new key file
 * (`retired`, wrapped with the new database key): a file not yet sealed again, or one in a
 * backup's pool sealed before, still reads. A key file of before the change, opened with
 * the old passphrase, opens none of the files sealed since.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  randomUUID,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fsyncDirSync, fsyncFileSync } from '../attachments/fs-sync';
import { PRIVATE_FILE_MODE } from '../private-folder';

export const KEY_FILE = 'xiufu.key';
export const KEY_BYTES = 32;

const hex = z.string().regex(/^[0-9a-f]+$/);
const wrappedKey = z.object({ id: z.string().min(8), nonce: hex, wrapped: hex });
type WrappedKey = z.infer<typeof wrappedKey>;
const keyFileSchema = z.object({
  format: z.literal(1),
  id: z.string().min(8),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    salt: hex,
  }),
  verifier: hex,
  /** The attachments' key, wrapped (AES-256-GCM) with the database key. */
  files: wrappedKey,
  /** Attachments' keys of before a passphrase change, while files sealed with them remain. */
  retired: z.array(wrappedKey).optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

/** scrypt at 2^16 × 8: about 0.1–0.3 s and 64 MiB per try, on the libuv thread pool. */
const COST = { N: 1 << 16, r: 8, p: 1 };

export class KeyFileDamagedError extends Error {
  constructor(readonly path: string) {
    super(`The key file ${path} is damaged.`);
    this.name = 'KeyFileDamagedError';
  }
}

export const keyFilePath = (folder: string): string => join(folder, KEY_FILE);

/** The folder's key file; null when it has none (the folder is not encrypted). */
export function readKeyFile(folder: string): KeyFile | null {
  const path = keyFilePath(folder);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return keyFileSchema.parse(JSON.parse(text));
  } catch {
    throw new KeyFileDamagedError(path);
  }
}

/** Write to a temporary name, fsync, rename: the folder holds the old key file or the new one. */
export function writeKeyFile(path: string, file: KeyFile): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(file, null, 2) + '\n', { mode: PRIVATE_FILE_MODE });
  fsyncFileSync(temp);
  renameSync(temp, path);
  fsyncDirSync(join(path, '..'));
}

function derive(passphrase: string, kdf: KeyFile['kdf']): Promise<Buffer> {
  const { N, r, p } = kdf;
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'hex'),
      KEY_BYTES,
      { N, r, p, maxmem: 256 * N * r },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

const verifierOf = (key: Buffer) =>
  createHmac('sha256', key).update('xiufu key verifier 1').digest();

/** The attachments' key (db/attachments/sealed.ts), named so a sealed file says which it needs. */
export interface FilesKey {
  id: string;
  key: Buffer;
}

export interface Unlocked {
  file: KeyFile;
  /** The database's key. */
  key: Buffer;
  /** The attachments' key new files are sealed with. */
  filesKey: FilesKey;
  /** Keys of files not yet sealed again since a passphrase change (readable meanwhile). */
  retired: FilesKey[];
}

function wrap(key: Buffer, k: FilesKey): WrappedKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const wrapped = Buffer.concat([cipher.update(k.key), cipher.final(), cipher.getAuthTag()]);
  return { id: k.id, nonce: nonce.toString('hex'), wrapped: wrapped.toString('hex') };
}

/** The wrapped key, or null when the key file was altered (the verifier matched before). */
function unwrap(key: Buffer, w: WrappedKey): FilesKey | null {
  const wrapped = Buffer.from(w.wrapped, 'hex');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(w.nonce, 'hex'));
  decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
  try {
    return {
      id: w.id,
      key: Buffer.concat([decipher.update(wrapped.subarray(0, -16)), decipher.final()]),
    };
  } catch {
    return null;
  }
}

/**
 * A new key file for the passphrase, with a new attachments' key. `replacing` (a passphrase
 * change): the folder's keys so far, kept as retired until the files are sealed again.
 */
export async function newKeyFile(passphrase: string, replacing?: Unlocked): Promise<Unlocked> {
  const kdf = { name: 'scrypt' as const, ...COST, salt: randomBytes(16).toString('hex') };
  const key = await derive(passphrase, kdf);
  const filesKey = { id: randomUUID(), key: randomBytes(KEY_BYTES) };
  const retired = replacing ? [replacing.filesKey, ...replacing.retired] : [];
  const file: KeyFile = {
    format: 1,
    id: randomUUID(),
    kdf,
    verifier: verifierOf(key).toString('hex'),
    files: wrap(key, filesKey),
    ...(retired.length > 0 && { retired: retired.map((k) => wrap(key, k)) }),
  };
  return { file, key, filesKey, retired };
}

/** The key file with more retired keys (those of files brought in from a backup). */
export function withRetired(u: Unlocked, more: readonly FilesKey[]): Unlocked {
  const known = new Set([u.filesKey, ...u.retired].map((k) => k.id));
  const added = more.filter((k) => !known.has(k.id));
  if (added.length === 0) return u;
  const retired = [...u.retired, ...added];
  return { ...u, retired, file: { ...u.file, retired: retired.map((k) => wrap(u.key, k)) } };
}

/** The ids of every attachments' key the key file holds (a sealed file names one of them). */
export const filesKeyIds = (file: KeyFile): string[] => [
  file.files.id,
  ...(file.retired ?? []).map((k) => k.id),
];

/** What the passphrase opens; null when the passphrase is not this file's. */
export async function unlockKeyFile(
  file: KeyFile,
  passphrase: string,
  path = '',
): Promise<Unlocked | null> {
  return openKeyFile(file, await derive(passphrase, file.kdf), path);
}

/**
 * What the database key opens (a key the desktop remembered, or one just derived); null
 * when it is not this file's key.
 */
export function openKeyFile(file: KeyFile, key: Buffer, path = ''): Unlocked | null {
  const expected = Buffer.from(file.verifier, 'hex');
  const actual = verifierOf(key);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const filesKey = unwrap(key, file.files);
  const retired = (file.retired ?? []).map((w) => unwrap(key, w));
  // The verifier matched, so the key is right and the file was altered.
  if (!filesKey || retired.includes(null)) throw new KeyFileDamagedError(path);
  return { file, key, filesKey, retired: retired as FilesKey[] };
}
