/**
 * Copies of attachments made so the system's app can open them (desktop shell). They live
 * in one folder per process, `<temp>/xiufu-open-<pid>-XXXXXX`, private to the user; the
 * folder goes when the backend closes (the app quits), and folders of processes that no
 * longer run, whose quit did not get that far, go at the next start.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SweepResult } from '../db/attachments/sweep';

const PREFIX = 'xiufu-open-';
/** This version's folders carry their process id; older versions' (no id) were never deleted. */
const OURS = /^xiufu-open-(?:(\d+)-)?[A-Za-z0-9]{6}$/;
/** Most file systems allow 255 bytes per name; Chinese characters take three each. */
const MAX_NAME_BYTES = 200;

/** Whether a process with this id runs (one of another user counts as running). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function bytesBelow(path: string): number {
  try {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.size;
    return readdirSync(path).reduce((sum, name) => sum + bytesBelow(join(path, name)), 0);
  } catch {
    return 0;
  }
}

/** Shortens a name to fit the file system, keeping its extension. */
function fitted(name: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= MAX_NAME_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  let stem = dot > 0 ? name.slice(0, dot) : name;
  while (stem && encoder.encode(stem + ext).length > MAX_NAME_BYTES)
    stem = [...stem].slice(0, -1).join('');
  return stem + ext;
}

export class OpenCopies {
  private dir: string | null = null;

  constructor(private readonly tempRoot: string) {}

  /**
   * Writes a copy under `name` (already safe) in a folder of its own, so two files of the
   * same name never meet, and returns its path. Readable by this user only.
   */
  write(name: string, bytes: Uint8Array): string {
    this.dir ??= mkdtempSync(join(this.tempRoot, `${PREFIX}${process.pid}-`));
    const folder = mkdtempSync(join(this.dir, 'copy-'));
    const path = join(folder, fitted(name));
    writeFileSync(path, bytes, { mode: 0o600, flag: 'wx' });
    return path;
  }

  /**
   * A path for a file named `name` (already safe) that a job will write, in a folder of
   * its own like a copy's; it goes with the others when the backend closes.
   */
  reserve(name: string): string {
    this.dir ??= mkdtempSync(join(this.tempRoot, `${PREFIX}${process.pid}-`));
    return join(mkdtempSync(join(this.dir, 'export-')), fitted(name));
  }

  /** Deletes this process's folder; a copy an app still holds open (Windows) is left to the next start. */
  removeAll(log: (line: Record<string, unknown>) => void): void {
    if (!this.dir) return;
    try {
      rmSync(this.dir, { recursive: true, force: true, maxRetries: 2 });
      this.dir = null;
    } catch (err) {
      log({ level: 'warn', event: 'openCopies.remove', dir: this.dir, error: String(err) });
    }
  }

  /** Removes the copy folders of processes that no longer run, and those of older versions. */
  sweepStale(alive: (pid: number) => boolean = processAlive): SweepResult {
    const result: SweepResult = { removed: 0, bytes: 0 };
    let names: string[];
    try {
      names = readdirSync(this.tempRoot);
    } catch {
      return result;
    }
    for (const name of names) {
      const match = OURS.exec(name);
      if (!match) continue;
      const pid = match[1] === undefined ? null : Number(match[1]);
      if (pid !== null && (pid === process.pid || alive(pid))) continue;
      const path = join(this.tempRoot, name);
      const bytes = bytesBelow(path);
      try {
        rmSync(path, { recursive: true, force: true });
        result.removed += 1;
        result.bytes += bytes;
      } catch {
        // Another user's folder, or a copy still open: not ours to force.
      }
    }
    return result;
  }
}
