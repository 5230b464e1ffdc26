/**
 * Content-addressed file store: every attachment lives once under
 * `<dataDir>/files/<first 2 hex>/<sha256>`, whatever it was called and however often it is
 * attached. Writes go to `files/tmp/` first, are fsynced, then renamed into place, so a
 * crash leaves either the whole file or a temp file that sweepTemp() removes — never a
 * half-written file under a hash name. Which rows point at a hash lives in SQLite: the
 * store asks `isReferenced` and deletes a file only when no row names it, checked and
 * deleted under the hash's lock (hash-locks.ts) that storing and recording also hold.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FilesKey } from '../crypt/key-file';
import { filesKeyForFolder } from '../crypt/keyring';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-folder';
import { openSealed, plainChunks, SealedFileError, sealedKeyId, sealer } from './sealed';
import { HashLocks } from './hash-locks';
import { sweepTemp, sweepUnreferenced, type SweepResult } from './sweep';
import { fsyncDir, isErrno } from './fs-sync';
import {
  AttachmentCorruptError,
  AttachmentMissingError,
  AttachmentTooLargeError,
  InvalidSha256Error,
} from './errors';

export * from './errors';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** Chunk size for streaming reads and for writing in-memory sources (abort checks happen between chunks). */
const CHUNK = 1024 * 1024;
const SHA256_RE = /^[0-9a-f]{64}$/;

/**
 * What to store: bytes, a file to copy, or a staged file (a complete upload, fsynced,
 * hashed as it was written, in the data folder) that is moved into place as it is.
 */
export type PutSource = { path: string } | { bytes: Uint8Array } | StagedSource;
export interface StagedSource {
  path: string;
  staged: { sha256: string; size: number };
}
export interface PutResult {
  sha256: string;
  size: number;
  /** false when identical content was already stored (nothing new was written). */
  stored: boolean;
}
export type VerifyResult = { ok: true } | { ok: false; actual: string | null };

export type { SweepResult };

export interface AttachmentStore {
  readonly root: string;
  readonly maxBytes: number;
  /**
   * Stores the bytes and runs `record` (write the row that points at them) while holding
   * the hash's lock, so no removal can slip between the two. If `record` throws, bytes
   * this call newly stored are deleted again unless a row names them.
   */
  put<T>(
    source: PutSource,
    record: (stored: PutResult) => T | Promise<T>,
    opts?: { signal?: AbortSignal },
  ): Promise<T>;
  path(sha256: string): string;
  has(sha256: string): Promise<boolean>;
  verify(sha256: string): Promise<VerifyResult>;
  read(sha256: string): Promise<Uint8Array>;
  /** Deletes the file when no row names its hash any more; false when kept or already gone. */
  removeUnreferenced(sha256: string): Promise<boolean>;
  /** Removes temp files left by a crash or kill; never ones this process is writing. */
  sweepTemp(opts?: { olderThanMs?: number }): Promise<SweepResult>;
  /** Removes every stored file that no row names (start-up), one hash at a time under its lock. */
  sweepUnreferenced(opts?: { signal?: AbortSignal }): Promise<SweepResult>;
}

/** What a hash check reports for a sealed file that cannot be decrypted (altered, or its key unknown). */
export const UNDECRYPTABLE = 'undecryptable';

/** The SHA-256 of a file's plain content (a sealed file is decrypted); null when it is not there. */
export async function hashFile(file: string, signal?: AbortSignal): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of plainChunks(file, signal)) hash.update(chunk);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    if (err instanceof SealedFileError) return UNDECRYPTABLE;
    throw err;
  }
  return hash.digest('hex');
}

async function* chunksOf(
  source: PutSource,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  if ('bytes' in source) {
    for (let at = 0; at < source.bytes.length; at += CHUNK) {
      yield source.bytes.subarray(at, at + CHUNK);
    }
    return;
  }
  // The plain content (a staged upload may be sealed); the stream's own signal stops a read
  // that is in progress, not just between chunks.
  yield* plainChunks(source.path, signal);
}

export interface StoreOptions {
  maxBytes?: number;
  /**
   * Whether any row still names this hash. Without it the store never deletes a stored
   * file (a store opened only to read, copy or verify).
   */
  isReferenced?: (sha256: string) => boolean;
}

export function createAttachmentStore(
  dataDir: string,
  { maxBytes = DEFAULT_MAX_BYTES, isReferenced = () => true }: StoreOptions = {},
): AttachmentStore {
  const root = join(dataDir, 'files');
  const tmpDir = join(root, 'tmp');
  /** Temp files being written by this process: sweepTemp() must not pull them away. */
  const inFlight = new Set<string>();
  const locks = new HashLocks();

  function pathOf(sha256: string): string {
    if (!SHA256_RE.test(sha256)) throw new InvalidSha256Error(sha256);
    return join(root, sha256.slice(0, 2), sha256);
  }

  /** Deletes a stored file; the caller holds the hash's lock and has checked the references. */
  async function unlinkHeld(sha256: string): Promise<boolean> {
    const file = pathOf(sha256);
    try {
      await unlink(file);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return false;
      throw err;
    }
    await fsyncDir(dirname(file));
    return true;
  }

  /** Never deletes on doubt: a failing reference check (a closed database) keeps the file. */
  function referenced(sha256: string): boolean {
    try {
      return isReferenced(sha256);
    } catch {
      return true;
    }
  }

  /** Hash while copying into a fresh temp file; the temp file is fsynced before returning. */
  async function writeTemp(
    source: PutSource,
    temp: string,
    signal: AbortSignal | undefined,
    sealWith: FilesKey | null,
  ): Promise<{ sha256: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    const sealing = sealWith && sealer(sealWith);
    const fh = await open(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      if (sealing) await fh.write(sealing.header);
      for await (const chunk of chunksOf(source, signal)) {
        signal?.throwIfAborted();
        size += chunk.length;
        // A file can grow after stat(); the limit holds for what is actually read.
        if (size > maxBytes) throw new AttachmentTooLargeError(maxBytes, size);
        hash.update(chunk);
        await fh.write(sealing ? sealing.update(chunk) : chunk);
      }
      signal?.throwIfAborted();
      if (sealing) await fh.write(sealing.finish());
      await fh.sync();
    } finally {
      await fh.close();
    }
    return { sha256: hash.digest('hex'), size };
  }

  async function put<T>(
    source: PutSource,
    record: (stored: PutResult) => T | Promise<T>,
    opts: { signal?: AbortSignal } = {},
  ): Promise<T> {
    const { signal } = opts;
    signal?.throwIfAborted();
    // Refuse before reading a byte when the size is known up front.
    const knownSize =
      'bytes' in source
        ? source.bytes.length
        : 'staged' in source
          ? source.staged.size
          : (await stat(source.path)).size;
    if (knownSize > maxBytes) throw new AttachmentTooLargeError(maxBytes, knownSize);

    // An encrypted folder's files are sealed as they are written (db/attachments/sealed.ts).
    const sealWith = filesKeyForFolder(dataDir);
    // A staged file is its own temp file (its owner removes it if it is not moved): moved
    // when it was written as the store keeps files (sealed with the folder's key, or plain
    // in a plain folder, db/attachments/uploads.ts), else copied as they are kept.
    const asStored =
      'staged' in source && (await sealedKeyId(source.path)) === (sealWith?.id ?? null);
    const staged = 'staged' in source && asStored ? source : null;
    if ('staged' in source && !asStored) source = { path: source.path };
    await mkdir(tmpDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const temp = staged ? staged.path : join(tmpDir, `${randomUUID()}.tmp`);
    if (!staged) inFlight.add(temp);
    try {
      const { sha256, size } = staged
        ? staged.staged
        : await writeTemp(source as Exclude<PutSource, StagedSource>, temp, signal, sealWith);
      const final = pathOf(sha256);
      return await locks.run(sha256, async () => {
        signal?.throwIfAborted();
        // An intact copy is reused; a damaged or missing one is replaced by these good bytes.
        let stored = false;
        if (!(await intact(final, sha256, sealWith?.id ?? null))) {
          await mkdir(dirname(final), { recursive: true, mode: PRIVATE_DIR_MODE });
          await rename(temp, final);
          await fsyncDir(dirname(final));
          stored = true;
        }
        try {
          return await record({ sha256, size, stored });
        } catch (err) {
          // The row could not be written: leave no new bytes that nothing points at.
          if (stored && !referenced(sha256)) await unlinkHeld(sha256);
          throw err;
        }
      });
    } finally {
      inFlight.delete(temp);
      // After a successful rename the temp name is gone; on any other path it must go.
      if (!staged)
        await unlink(temp).catch((err: unknown) => {
          if (!isErrno(err, 'ENOENT')) throw err;
        });
    }
  }

  /** The stored copy holds these bytes, sealed with the folder's key (plain: null). */
  async function intact(file: string, sha256: string, keyId: string | null): Promise<boolean> {
    if ((await hashFile(file)) !== sha256) return false;
    return (await sealedKeyId(file)) === keyId;
  }

  async function has(sha256: string): Promise<boolean> {
    try {
      return (await stat(pathOf(sha256))).isFile();
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return false;
      throw err;
    }
  }

  async function verify(sha256: string): Promise<VerifyResult> {
    const actual = await hashFile(pathOf(sha256));
    return actual === sha256 ? { ok: true } : { ok: false, actual };
  }

  async function read(sha256: string): Promise<Uint8Array> {
    let bytes: Buffer;
    try {
      bytes = await readFile(pathOf(sha256));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw new AttachmentMissingError(sha256);
      throw err;
    }
    try {
      bytes = openSealed(bytes, pathOf(sha256));
    } catch (err) {
      if (err instanceof SealedFileError) throw new AttachmentCorruptError(sha256, UNDECRYPTABLE);
      throw err;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) throw new AttachmentCorruptError(sha256, actual);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  function removeUnreferenced(sha256: string): Promise<boolean> {
    pathOf(sha256);
    return locks.run(sha256, () => (referenced(sha256) ? false : unlinkHeld(sha256)));
  }

  return {
    root,
    maxBytes,
    put,
    path: pathOf,
    has,
    verify,
    read,
    removeUnreferenced,
    sweepTemp: (opts) => sweepTemp(tmpDir, inFlight, opts),
    sweepUnreferenced: (opts) =>
      sweepUnreferenced(root, (sha256) => removeUnreferenced(sha256), opts),
  };
}
