/**
 * The data folder is private to its user: the folder (and every folder in it) 0700, every
 * file 0600, on platforms that have modes (not Windows, where the user profile's ACLs
 * already keep it private). A folder from an older Xiufu (0755, files 0644) is tightened
 * when it is opened.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Whether the platform keeps POSIX modes (Windows ignores all but the read-only bit). */
export const HAS_MODES = process.platform !== 'win32';

/** Group and other bits: any of them set means someone else may look in. */
const SHARED_BITS = 0o077;

/**
 * Creates the data folder 0700, or tightens an existing one. When the folder itself was
 * open to others, everything in it is tightened too (an older Xiufu created it so).
 * A folder that is already 0700 is not walked: nobody else can reach what is inside,
 * and a large attachment store would make every start walk thousands of files.
 */
export function ensurePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!HAS_MODES) return;
  // stat, not lstat: XIUFU_DATA_DIR may name a link to the folder.
  const mode = statSync(dir).mode & 0o777;
  if ((mode & SHARED_BITS) === 0) return;
  chmodSync(dir, PRIVATE_DIR_MODE);
  tightenTree(dir);
}

/** Makes the given files 0600; files that do not exist (yet) are skipped. */
export function tightenFiles(paths: readonly string[]): void {
  if (!HAS_MODES) return;
  for (const path of paths) {
    try {
      if ((lstatSync(path).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(path, PRIVATE_FILE_MODE);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

function tightenTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // chmod follows links: a link could point outside the folder, so links are left alone.
    if (entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      chmodSync(path, PRIVATE_DIR_MODE);
      tightenTree(path);
    } else if (entry.isFile()) {
      chmodSync(path, PRIVATE_FILE_MODE);
    }
  }
}
