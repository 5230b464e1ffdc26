/**
 * What both shells do with the data folder before they open the backend: make it private
 * (0700), find out whether it can be written, and take the lock that makes this process
 * its one owner (db/lock.ts). A folder that cannot be claimed comes back as a message in
 * either language, which the shell says in one line (and a dialog on the desktop).
 */
import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { encodeMessage, translateMessage, type Lang, type MessageKey } from '../core/messages';
import { inZone } from '../core/instant';
import type { ReadOnlyMode } from '../core/types';
import { DB_FILE } from '../db/connection';
import { FolderError } from '../db/folder-error';
import { acquireDataLock, type DataLock, type Holder, type ShellKind } from '../db/lock';
import { ensurePrivateFolder } from '../db/private-folder';
import { folderAccess } from '../db/read-only';

export type { DataLock } from '../db/lock';

export type Claim =
  { ok: true; lock: DataLock; readOnly: ReadOnlyMode } | { ok: false; message(lang: Lang): string };

export function claimDataFolder(
  dataDir: string,
  opts: { shell: ShellKind; readOnly?: boolean },
): Claim {
  try {
    ensurePrivateFolder(dataDir);
  } catch (err) {
    // An existing folder we may not change (or tighten) can still be read; a missing one
    // that cannot be created cannot.
    if (!isRefusal(err) || !folderExists(dataDir)) {
      const error = (err as Error).message;
      return refusal('owner.cannotCreate', { dataDir, error });
    }
  }
  try {
    const readOnly: ReadOnlyMode = opts.readOnly
      ? 'requested'
      : folderAccess(dataDir, DB_FILE) === 'read-only'
        ? 'folder'
        : false;
    const result = acquireDataLock(dataDir, { shell: opts.shell, readOnly: readOnly !== false });
    if (!result.ok)
      return { ok: false, message: (lang) => describeHolder(result.holder, dataDir, lang) };
    return { ok: true, lock: result.lock, readOnly };
  } catch (err) {
    if (err instanceof FolderError) return { ok: false, message: (lang) => err.say(lang) };
    throw err;
  }
}

/**
 * What to say when opening the backend failed because of the folder (read-only with
 * nothing to show, say), in the user's language; null for any other failure.
 */
export function folderRefusal(err: unknown): ((lang: Lang) => string) | null {
  return err instanceof FolderError ? (lang) => err.say(lang) : null;
}

/** One sentence: who has the folder open, and what to do about it. */
export function describeHolder(holder: Holder | null, dataDir: string, lang: Lang): string {
  if (!holder) return say('owner.heldUnknown', { dataDir }, lang);
  const at = inZone(holder.startedAt);
  const params = {
    dataDir,
    pid: holder.pid,
    since: at ? `${at.date} ${at.time} ${at.zone}` : holder.startedAt,
    hostname: holder.hostname,
    address: holder.address ?? '',
  };
  if (holder.hostname !== hostname()) return say('owner.heldElsewhere', params, lang);
  const key: MessageKey =
    holder.shell === 'desktop'
      ? 'owner.heldDesktop'
      : holder.shell === 'command'
        ? 'owner.heldCommand'
        : holder.address
          ? 'owner.heldBrowser'
          : 'owner.heldBrowserStarting';
  return say(key, params, lang);
}

function refusal(key: MessageKey, params: Record<string, string>): Claim {
  return { ok: false, message: (lang) => say(key, params, lang) };
}

function say(key: MessageKey, params: Record<string, string | number>, lang: Lang): string {
  return translateMessage(encodeMessage(key, params), lang);
}

function isRefusal(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

function folderExists(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
