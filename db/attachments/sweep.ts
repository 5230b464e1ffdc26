/**
 * The store's clean-up: temp files a crash or kill left behind, and stored files no row
 * names any more. Both run when the data folder's owner opens it (api/startup-sweep.ts),
 * so nothing of another process is touched; within this process, writes in progress and
 * attaches about to record are respected (in-flight set, the hash's lock).
 */
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isErrno } from './fs-sync';

export interface SweepResult {
  removed: number;
  bytes: number;
}

const HEX2 = /^[0-9a-f]{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if (isErrno(err, 'ENOENT', 'ENOTDIR')) return [];
    throw err;
  }
}

/** The size of a file, or null when it is gone (or is no file). */
async function sizeOf(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
}

/**
 * Removes the temp files in `tmpDir` that are not being written (`inFlight`); with
 * `olderThanMs`, only those untouched for that long.
 */
export async function sweepTemp(
  tmpDir: string,
  inFlight: ReadonlySet<string>,
  { olderThanMs = 0 }: { olderThanMs?: number } = {},
): Promise<SweepResult> {
  const cutoff = Date.now() - olderThanMs;
  const result: SweepResult = { removed: 0, bytes: 0 };
  for (const name of await names(tmpDir)) {
    const file = join(tmpDir, name);
    if (inFlight.has(file)) continue;
    try {
      const { size, mtimeMs } = await stat(file);
      if (olderThanMs > 0 && mtimeMs > cutoff) continue;
      await unlink(file);
      result.removed += 1;
      result.bytes += size;
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
    }
  }
  return result;
}

/**
 * Walks `files/<2 hex>/<sha256>` and hands each hash to `removeUnreferenced`, which checks
 * the rows and deletes under the hash's lock. Anything else in the folder is not the
 * store's and is left alone; empty folders stay (a put may be about to use one).
 */
export async function sweepUnreferenced(
  root: string,
  removeUnreferenced: (sha256: string) => Promise<boolean>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<SweepResult> {
  const result: SweepResult = { removed: 0, bytes: 0 };
  for (const prefix of (await names(root)).filter((n) => HEX2.test(n))) {
    for (const name of await names(join(root, prefix))) {
      if (signal?.aborted) return result;
      if (!SHA256.test(name) || !name.startsWith(prefix)) continue;
      const size = await sizeOf(join(root, prefix, name));
      if (size === null) continue;
      if (await removeUnreferenced(name)) {
        result.removed += 1;
        result.bytes += size;
      }
    }
  }
  return result;
}
