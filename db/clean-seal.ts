/**
 * The mark a clean close leaves beside the data file, so the next open can skip SQLite's
 * quick_check (about 1.5 s at 100,000 cases, 15 s at a million: it reads every page) when
 * nothing has touched the file since. A crash, a kill, a copy or restore over the file,
 * a truncation or a scribble all leave no seal or one that no longer matches, and the
 * next open checks every page as before (db/backup/check.ts).
 *
 * Why the mtime is rounded down: file times tick coarsely (a few ms), so a write right
 * after the close could keep the very same mtime. The seal sets the mtime to the whole
 * second before it, which no later write can produce again (a write stamps the current,
 * later, time), then records it with the size and inode.
 */
import {
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';

const SEAL_SUFFIX = '.clean';

export const sealPath = (file: string): string => file + SEAL_SUFFIX;

interface Stamp {
  size: string;
  ino: string;
  mtimeNs: string;
}

function stampOf(file: string): Stamp {
  const st = statSync(file, { bigint: true });
  return { size: String(st.size), ino: String(st.ino), mtimeNs: String(st.mtimeNs) };
}

/** After the last connection closed cleanly (its -wal is gone): marks the file as unchanged since. */
export function sealClean(file: string): void {
  try {
    if (existsSync(`${file}-wal`) || existsSync(`${file}-journal`)) return;
    const st = statSync(file, { bigint: true });
    const second = Number(st.mtimeNs / 1_000_000_000n);
    utimesSync(file, st.atime, second);
    const tmp = `${sealPath(file)}.tmp`;
    writeFileSync(tmp, JSON.stringify(stampOf(file)), { mode: 0o600 });
    renameSync(tmp, sealPath(file));
  } catch {
    // Without a seal the next open only checks every page: nothing is lost.
  }
}

/** True when the file is exactly as a clean close left it. */
export function isSealedClean(file: string): boolean {
  try {
    if (existsSync(`${file}-wal`) || existsSync(`${file}-journal`)) return false;
    const sealed = JSON.parse(readFileSync(sealPath(file), 'utf8')) as Partial<Stamp>;
    const now = stampOf(file);
    return (
      sealed.size === now.size &&
      sealed.ino === now.ino &&
      sealed.mtimeNs === now.mtimeNs &&
      now.mtimeNs.endsWith('000000000')
    );
  } catch {
    return false;
  }
}

/** Before anything may write: a crash from here on must leave no seal behind. */
export function breakSeal(file: string): void {
  rmSync(sealPath(file), { force: true });
}
