/**
 * The small file beside an encrypted database (`xiufu.key`): the salt and scrypt cost the
 * key is derived with from the passphrase, and a verifier (an HMAC made with the key) so a
 * wrong passphrase is told apart from a damaged database. It holds no key. Its presence is
 * what marks a folder (or a backup) as encrypted.
 */
import { createHmac, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
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

/** A new key file and the key it describes. */
export async function newKeyFile(passphrase: string): Promise<{ file: KeyFile; key: Buffer }> {
  const kdf = { name: 'scrypt' as const, ...COST, salt: randomBytes(16).toString('hex') };
  const key = await derive(passphrase, kdf);
  const file = {
    format: 1 as const,
    id: randomUUID(),
    kdf,
    verifier: verifierOf(key).toString('hex'),
  };
  return { file, key };
}

/** The key the passphrase opens; null when the passphrase is not this file's. */
export async function unlockKeyFile(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  const key = await derive(passphrase, file.kdf);
  const expected = Buffer.from(file.verifier, 'hex');
  const actual = verifierOf(key);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}
