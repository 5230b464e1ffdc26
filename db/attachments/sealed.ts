/**
 * Stored files of an encrypted folder are sealed: AES-256-GCM, a random salt and nonce per
 * file, and a per-file key derived (HKDF-SHA256) from the attachments' key with that salt.
 * Layout: MAGIC | key id length (1 byte) | key id | salt (16) | nonce (12) | ciphertext | tag (16).
 * The key id names the attachments' key (db/crypt/key-file.ts), so any holder of the key
 * (the server, a worker, a backup check) reads a sealed file without being told how it was
 * written. Every read of a stored file goes through `plainChunks`/`openSealed`, so plain and
 * sealed files read alike and a file's name stays the SHA-256 of its plain content.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FilesKey } from '../crypt/key-file';
import { heldKey } from '../crypt/keyring';

const MAGIC = Buffer.from('XIUFU-SEALED-1\n\0', 'latin1');
const SALT = 16;
const NONCE = 12;
const TAG = 16;
const CHUNK = 1024 * 1024;

export class SealedFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file || 'A stored file'} cannot be decrypted: ${reason}`);
    this.name = 'SealedFileError';
  }
}

const fileKey = (key: Buffer, salt: Buffer) =>
  Buffer.from(hkdfSync('sha256', key, salt, 'xiufu stored file', 32));

/** Encrypts a stream of chunks: the header first, then each chunk, then `finish()` (the tag). */
export function sealer(filesKey: FilesKey) {
  const id = Buffer.from(filesKey.id, 'latin1');
  const salt = randomBytes(SALT);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', fileKey(filesKey.key, salt), nonce);
  return {
    header: Buffer.concat([MAGIC, Buffer.from([id.length]), id, salt, nonce]),
    update: (chunk: Uint8Array): Buffer => cipher.update(chunk),
    finish: (): Buffer => Buffer.concat([cipher.final(), cipher.getAuthTag()]),
  };
}

export function seal(filesKey: FilesKey, bytes: Uint8Array): Buffer {
  const s = sealer(filesKey);
  return Buffer.concat([s.header, s.update(bytes), s.finish()]);
}

interface Header {
  keyId: string;
  salt: Buffer;
  nonce: Buffer;
  /** Where the ciphertext starts. */
  length: number;
}

/** The header of a sealed file's first bytes; null when the bytes are a plain file's. */
function parseHeader(head: Buffer): Header | null {
  if (head.length < MAGIC.length + 1 || !head.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const idLength = head[MAGIC.length]!;
  const at = MAGIC.length + 1;
  const length = at + idLength + SALT + NONCE;
  if (head.length < length) return null;
  return {
    keyId: head.subarray(at, at + idLength).toString('latin1'),
    salt: head.subarray(at + idLength, at + idLength + SALT),
    nonce: head.subarray(at + idLength + SALT, length),
    length,
  };
}

const HEAD_MAX = MAGIC.length + 1 + 255 + SALT + NONCE;

function decipherFor(h: Header, file: string) {
  const key = heldKey(h.keyId);
  if (!key) throw new SealedFileError(file, 'its key is not unlocked');
  return createDecipheriv('aes-256-gcm', fileKey(key, h.salt), h.nonce);
}

export function isSealed(bytes: Uint8Array): boolean {
  return parseHeader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) !== null;
}

/** The plain content of a stored file's bytes (sealed or not); throws SealedFileError when altered. */
export function openSealed(bytes: Buffer, file = ''): Buffer {
  const h = parseHeader(bytes.subarray(0, HEAD_MAX));
  if (!h) return bytes;
  if (bytes.length < h.length + TAG) throw new SealedFileError(file, 'it is cut short');
  const decipher = decipherFor(h, file);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(h.length, -TAG)), decipher.final()]);
  } catch {
    throw new SealedFileError(file, 'it was altered or damaged');
  }
}

/** The id of the key that sealed the file on disk; null when it is plain (reads its first bytes only). */
export async function sealedKeyId(file: string): Promise<string | null> {
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_MAX);
    const { bytesRead } = await fh.read(head, 0, HEAD_MAX, 0);
    return parseHeader(head.subarray(0, bytesRead))?.keyId ?? null;
  } finally {
    await fh.close();
  }
}

/** Whether the file on disk is sealed. */
export const isSealedFile = async (file: string): Promise<boolean> =>
  (await sealedKeyId(file)) !== null;

/**
 * The plain content of a stored file, chunk by chunk, without holding it whole; the last
 * step checks the tag, so a consumer (a hash) must not trust what it got before the end.
 */
export async function* plainChunks(file: string, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const fh = await open(file, 'r');
  let h: Header | null;
  let size: number;
  let tag = Buffer.alloc(0);
  try {
    size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(HEAD_MAX, size));
    await fh.read(head, 0, head.length, 0);
    h = parseHeader(head);
    if (h) {
      if (size < h.length + TAG) throw new SealedFileError(file, 'it is cut short');
      tag = Buffer.alloc(TAG);
      await fh.read(tag, 0, TAG, size - TAG);
    }
  } finally {
    await fh.close();
  }
  if (!h) {
    yield* createReadStream(file, { highWaterMark: CHUNK, signal }) as AsyncIterable<Buffer>;
    return;
  }
  const decipher = decipherFor(h, file);
  decipher.setAuthTag(tag);
  if (size > h.length + TAG) {
    const stream = createReadStream(file, {
      start: h.length,
      end: size - TAG - 1,
      highWaterMark: CHUNK,
      signal,
    }) as AsyncIterable<Buffer>;
    for await (const chunk of stream) yield decipher.update(chunk);
  }
  try {
    yield decipher.final();
  } catch {
    throw new SealedFileError(file, 'it was altered or damaged');
  }
}
