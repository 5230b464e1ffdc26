/** File copies that reach the disk whole: hashed while copied, fsynced, then renamed into place. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir } from '../attachments/fs-sync';
import { hashFile } from '../attachments/store';

const CHUNK = 1024 * 1024;

export async function syncFile(file: string): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export interface CopyResult {
  sha256: string;
  size: number;
}

/**
 * Copies `from` to `to` through `temp`: hashed as it is read, fsynced, and renamed only
 * when the hash is the one expected (if given). `onBytes` counts progress; the signal
 * stops the copy between chunks and leaves no temporary file behind.
 */
export async function copyDurable(
  from: string,
  to: string,
  opts: {
    temp: string;
    expected?: string;
    signal?: AbortSignal;
    onBytes?: (n: number) => void;
  },
): Promise<CopyResult> {
  const { temp, expected, signal, onBytes } = opts;
  signal?.throwIfAborted();
  await mkdir(dirname(temp), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const out = await open(temp, 'w');
  try {
    try {
      for await (const chunk of createReadStream(from, { highWaterMark: CHUNK, signal })) {
        const bytes = chunk as Buffer;
        hash.update(bytes);
        size += bytes.length;
        await out.write(bytes);
        onBytes?.(bytes.length);
      }
      await out.sync();
    } finally {
      await out.close();
    }
    let sha256 = hash.digest('hex');
    // A sealed stored file (an encrypted folder's) is named by its plain content's hash.
    if (expected !== undefined && sha256 !== expected) {
      const plain = await hashFile(temp, signal);
      if (plain !== expected) throw new HashMismatchError(from, expected, plain ?? sha256);
      sha256 = plain;
    }
    await mkdir(dirname(to), { recursive: true });
    await rename(temp, to);
    await fsyncDir(dirname(to));
    return { sha256, size };
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

export class HashMismatchError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${file} does not match its SHA-256 (expected ${expected}, found ${actual})`);
    this.name = 'HashMismatchError';
  }
}

/** A rename that survives a power cut: the folder's new entry is fsynced too. */
export async function renameDurable(from: string, to: string): Promise<void> {
  await rename(from, to);
  await fsyncDir(dirname(to));
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
