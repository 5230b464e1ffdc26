/** Small file-system helpers of the attachment store: error codes and durable renames. */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export function isErrno(err: unknown, ...codes: string[]): boolean {
  return err instanceof Error && codes.includes((err as NodeJS.ErrnoException).code ?? '');
}

/** Make a rename or unlink durable: the directory entry itself must reach the disk. Not possible on Windows. */
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

/** fsyncDir for synchronous code (a restore's swap, which runs with the database closed). */
export function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself has happened.
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes on the disk before it is renamed into place. */
export function fsyncFileSync(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
