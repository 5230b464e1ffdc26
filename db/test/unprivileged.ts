/**
 * Permission tests mean nothing as root, who may write anywhere. Where the tests run as
 * root, the processes that must meet a read-only folder run as the unprivileged user
 * `nobody` instead (and own the folders they look at); elsewhere they run as this user.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const NOBODY = { uid: 65534, gid: 65534 };

export interface Unprivileged {
  /** Spawn options that run a child as the unprivileged user (empty when we are one). */
  spawn: { uid?: number; gid?: number };
  /** Gives a folder and everything in it to that user (nothing to do when we are it). */
  own(dir: string): void;
}

/** null where no unprivileged user can be had (Windows; root without setuid): skip then. */
export function unprivileged(): Unprivileged | null {
  if (process.platform === 'win32') return null;
  if (process.getuid?.() !== 0) return { spawn: {}, own: () => {} };
  const probe = spawnSync(process.execPath, ['-e', ''], { ...NOBODY });
  if (probe.error || probe.status !== 0) return null;
  return { spawn: NOBODY, own: (dir) => chownTree(dir) };
}

function chownTree(dir: string): void {
  chownSync(dir, NOBODY.uid, NOBODY.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chownTree(path);
    else chownSync(path, NOBODY.uid, NOBODY.gid);
  }
}

export const UNPRIVILEGED_SKIP =
  'needs a user without write access: Windows has no POSIX modes, or root cannot switch to nobody here';
