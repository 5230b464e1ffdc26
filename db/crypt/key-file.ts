/**
 * The small file beside an encrypted database (`xiufu.key`): the salt and scrypt cost the
 * key is derived with from the passphrase, a verifier (an HMAC made with the key) so a
 * wrong passphrase is told apart from a damaged database, and the attachments' own key
 * wrapped with the derived key. Without the passphrase it gives nothing away. Its presence
 * is what marks a folder (or a backup) as encrypted.
 *
 * The attachments' key stays the same when the passphrase changes (it is wrapped again):
 * a passphrase change re-encrypts the database, not every stored file.
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
  files: z.object({ id: z.string().min(8), nonce: hex, wrapped: hex }),
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
  filesKey: FilesKey;
}

/** A new key file for the passphrase; `filesKey` kept when the passphrase changes. */
export async function newKeyFile(passphrase: string, filesKey?: FilesKey): Promise<Unlocked> {
  const kdf = { name: 'scrypt' as const, ...COST, salt: randomBytes(16).toString('hex') };
  const key = await derive(passphrase, kdf);
  const files = filesKey ?? { id: randomUUID(), key: randomBytes(KEY_BYTES) };
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const wrapped = Buffer.concat([cipher.update(files.key), cipher.final(), cipher.getAuthTag()]);
  const file: KeyFile = {
    format: 1,
    id: randomUUID(),
    kdf,
    verifier: verifierOf(key).toString('hex'),
    files: { id: files.id, nonce: nonce.toString('hex'), wrapped: wrapped.toString('hex') },
  };
  return { file, key, filesKey: files };
}

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
  const wrapped = Buffer.from(file.files.wrapped, 'hex');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.files.nonce, 'hex'));
  decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
  try {
    const unwrapped = Buffer.concat([decipher.update(wrapped.subarray(0, -16)), decipher.final()]);
    return { file, key, filesKey: { id: file.files.id, key: unwrapped } };
  } catch {
    // The verifier matched, so the key is right and the file was altered.
    throw new KeyFileDamagedError(path);
  }
}
