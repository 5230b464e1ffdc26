/**
 * A folder the user chose for backups (typed in the browser shell, picked in the desktop
 * one): it must exist, be a folder, be writable, and lie outside the data folder (a copy
 * inside it is lost with it). Checked before anything is written there.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { relative, resolve, isAbsolute } from 'node:path';
import { AppError } from './errors';

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

export function isInside(folder: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(folder));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export async function checkBackupFolder(to: string, dataDir: string): Promise<string> {
  const folder = resolve(to);
  if (isInside(folder, dataDir)) {
    throw new AppError('invalid', 'backups.folderInsideData', { dataDir }, 'to');
  }
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new AppError('invalid', 'backups.folderNotDir', { folder }, 'to');
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (codeOf(err) === 'ENOENT' || codeOf(err) === 'ENOTDIR') {
      throw new AppError('invalid', 'backups.folderMissing', { folder }, 'to');
    }
    throw new AppError(
      'invalid',
      'backups.folderNotWritable',
      { folder, detail: codeOf(err) },
      'to',
    );
  }
  try {
    await access(folder, constants.W_OK);
  } catch (err) {
    throw new AppError(
      'invalid',
      'backups.folderNotWritable',
      { folder, detail: codeOf(err) },
      'to',
    );
  }
  return folder;
}

/** The folder to open instead of this data folder (recovery screen, desktop). */
export async function checkDataFolder(path: string): Promise<string> {
  const folder = resolve(path);
  const isDir = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new AppError('invalid', 'recovery.notAFolder', { path: folder }, 'path');
  return folder;
}
