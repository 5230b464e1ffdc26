/**
 * Content-addressed file store: every attachment lives once under
 * `<dataDir>/files/<first 2 hex>/<sha256>`, whatever it was called and however often it is
 * attached. Writes go to `files/tmp/` first, are fsynced, then renamed into place, so a
 * crash leaves either the whole file or a temp file that sweepTemp() removes — never a
 * half-written file under a hash name. Reference counting belongs to the callers (the
 * rows pointing at a hash live in SQLite); this module only stores, checks and deletes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

export type PutSource = { path: string } | { bytes: Uint8Array };
export interface PutResult {
  sha256: string;
  size: number;
  /** false when identical content was already stored (nothing new was written). */
  stored: boolean;
}
export type VerifyResult = { ok: true } | { ok: false; actual: string | null };

export interface AttachmentStore {
  readonly root: string;
  readonly maxBytes: number;
  put(source: PutSource, opts?: { signal?: AbortSignal }): Promise<PutResult>;
  path(sha256: string): string;
  has(sha256: string): Promise<boolean>;
  verify(sha256: string): Promise<VerifyResult>;
  read(sha256: string): Promise<Uint8Array>;
  remove(sha256: string): Promise<boolean>;
  sweepTemp(opts?: { olderThanMs?: number }): Promise<number>;
}

function isErrno(err: unknown, ...codes: string[]): boolean {
  return err instanceof Error && codes.includes((err as NodeJS.ErrnoException).code ?? '');
}

/** Make a rename durable: the directory entry itself must reach the disk. Not possible on Windows. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    // Some file systems refuse fsync on directories; the data itself is already synced.
    if (!isErrno(err, 'EISDIR', 'EINVAL', 'EPERM', 'EACCES')) throw err;
  } finally {
    await fh?.close();
  }
}

export async function hashFile(file: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      hash.update(chunk as Buffer);
    }
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
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
  // The stream's own signal stops a read that is in progress, not just between chunks.
  yield* createReadStream(source.path, { highWaterMark: CHUNK, signal }) as AsyncIterable<Buffer>;
}

export function createAttachmentStore(
  dataDir: string,
  { maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {},
): AttachmentStore {
  const root = join(dataDir, 'files');
  const tmpDir = join(root, 'tmp');
  /** Temp files being written by this process: sweepTemp() must not pull them away. */
  const inFlight = new Set<string>();
  /** Per-hash queue so that concurrent puts of the same content settle one at a time. */
  const locks = new Map<string, Promise<unknown>>();

  function pathOf(sha256: string): string {
    if (!SHA256_RE.test(sha256)) throw new InvalidSha256Error(sha256);
    return join(root, sha256.slice(0, 2), sha256);
  }

  function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = locks.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    locks.set(key, settled);
    void settled.then(() => {
      if (locks.get(key) === settled) locks.delete(key);
    });
    return next;
  }

  /** Hash while copying into a fresh temp file; the temp file is fsynced before returning. */
  async function writeTemp(
    source: PutSource,
    temp: string,
    signal: AbortSignal | undefined,
  ): Promise<{ sha256: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    const fh = await open(temp, 'wx');
    try {
      for await (const chunk of chunksOf(source, signal)) {
        signal?.throwIfAborted();
        size += chunk.length;
        // A file can grow after stat(); the limit holds for what is actually read.
        if (size > maxBytes) throw new AttachmentTooLargeError(maxBytes, size);
        hash.update(chunk);
        await fh.write(chunk);
      }
      signal?.throwIfAborted();
      await fh.sync();
    } finally {
      await fh.close();
    }
    return { sha256: hash.digest('hex'), size };
  }

  async function put(source: PutSource, opts: { signal?: AbortSignal } = {}): Promise<PutResult> {
    const { signal } = opts;
    signal?.throwIfAborted();
    // Refuse before reading a byte when the size is known up front.
    const knownSize = 'bytes' in source ? source.bytes.length : (await stat(source.path)).size;
    if (knownSize > maxBytes) throw new AttachmentTooLargeError(maxBytes, knownSize);

    await mkdir(tmpDir, { recursive: true });
    const temp = join(tmpDir, `${randomUUID()}.tmp`);
    inFlight.add(temp);
    try {
      const { sha256, size } = await writeTemp(source, temp, signal);
      const final = pathOf(sha256);
      return await withLock(sha256, async () => {
        signal?.throwIfAborted();
        // An intact copy is reused; a damaged one is replaced by these good bytes.
        if ((await hashFile(final)) === sha256) return { sha256, size, stored: false };
        await mkdir(dirname(final), { recursive: true });
        await rename(temp, final);
        await fsyncDir(dirname(final));
        return { sha256, size, stored: true };
      });
    } finally {
      inFlight.delete(temp);
      // After a successful rename the temp name is gone; on any other path it must go.
      await unlink(temp).catch((err: unknown) => {
        if (!isErrno(err, 'ENOENT')) throw err;
      });
    }
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
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) throw new AttachmentCorruptError(sha256, actual);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async function remove(sha256: string): Promise<boolean> {
    const file = pathOf(sha256);
    return withLock(sha256, async () => {
      try {
        await unlink(file);
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return false;
        throw err;
      }
      await fsyncDir(dirname(file));
      return true;
    });
  }

  /** Remove temp files left by a crash or kill. Run at startup; never touches writes in progress. */
  async function sweepTemp({ olderThanMs = 0 }: { olderThanMs?: number } = {}): Promise<number> {
    let names: string[];
    try {
      names = await readdir(tmpDir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return 0;
      throw err;
    }
    const cutoff = Date.now() - olderThanMs;
    let removed = 0;
    for (const name of names) {
      const file = join(tmpDir, name);
      if (inFlight.has(file)) continue;
      try {
        // olderThanMs = 0 means every temp file: at startup no write of ours is running.
        if (olderThanMs > 0 && (await stat(file)).mtimeMs > cutoff) continue;
        await unlink(file);
        removed += 1;
      } catch (err) {
        if (!isErrno(err, 'ENOENT')) throw err;
      }
    }
    return removed;
  }

  return { root, maxBytes, put, path: pathOf, has, verify, read, remove, sweepTemp };
}
