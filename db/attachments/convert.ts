/**
 * Brings every stored file to the folder's state: sealed (db/attachments/sealed.ts) with
 * the folder's attachments' key when it is encrypted — a file sealed with a key a passphrase
 * change retired is sealed again with the new one — and plain when it is not. One file at a time, each rewritten to a
 * temporary file, fsynced and renamed over the old one, so a crash or cancel leaves every
 * file whole, some sealed and some not — which every reader takes alike — and the next run
 * (a re-key, or the start-up sweep) carries on where this one stopped.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FilesKey } from '../crypt/key-file';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-folder';
import { fsyncDir, isErrno } from './fs-sync';
import { plainChunks, sealedKeyId, sealer } from './sealed';

const SHA256_RE = /^[0-9a-f]{64}$/;

/** Every stored file of the folder (files/<2 hex>/<sha256>). */
export async function storedFiles(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'files');
  let dirs: string[];
  try {
    dirs = await readdir(root);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return [];
    throw err;
  }
  const files: string[] = [];
  for (const d of dirs.filter((n) => /^[0-9a-f]{2}$/.test(n)))
    for (const name of await readdir(join(root, d)))
      if (SHA256_RE.test(name)) files.push(join(root, d, name));
  return files;
}

/** Rewrites one file sealed with `to`, or plain (null). */
async function rewrite(file: string, to: FilesKey | null): Promise<void> {
  const tmpDir = join(dirname(dirname(file)), 'tmp');
  await mkdir(tmpDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const temp = join(tmpDir, `${randomUUID()}.tmp`);
  const sealing = to && sealer(to);
  const fh = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      if (sealing) await fh.write(sealing.header);
      for await (const chunk of plainChunks(file))
        await fh.write(sealing ? sealing.update(chunk) : chunk);
      if (sealing) await fh.write(sealing.finish());
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(temp, file);
    await fsyncDir(dirname(file));
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/**
 * Seals with `to` (or unseals, `to` null) every stored file not yet in that state; returns
 * how many it rewrote.
 */
export async function convertFiles(
  dataDir: string,
  to: FilesKey | null,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const files = await storedFiles(dataDir);
  let rewritten = 0;
  for (const [i, file] of files.entries()) {
    opts.signal?.throwIfAborted();
    opts.onProgress?.(i, files.length);
    try {
      if ((await sealedKeyId(file)) === (to?.id ?? null)) continue;
      await rewrite(file, to);
      rewritten++;
    } catch (err) {
      // Removed meanwhile (a sweep): nothing to convert.
      if (!isErrno(err, 'ENOENT')) throw err;
    }
  }
  opts.onProgress?.(files.length, files.length);
  return rewritten;
}
