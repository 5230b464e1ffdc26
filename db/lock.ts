/**
 * One owner per data folder. Whoever opens the database first holds an exclusive lock on
 * `<dataDir>/xiufu.lock` for as long as it runs; a second process finds it held, reads
 * who holds it from `xiufu.lock.json` and says so.
 *
 * Why a lock the operating system keeps, not a lock file created exclusively: a file that
 * only exists (O_EXCL, mkdir) outlives the process that made it, so every start must guess
 * whether its owner is gone (the pid may be reused, the machine rebooted), and two starts
 * that both judge it stale can both delete it and both win. Here the lock is SQLite's own
 * file lock (fcntl on POSIX, LockFileEx on Windows), taken by an open `BEGIN EXCLUSIVE`
 * on an empty file: the kernel drops it the moment its process ends, however it ends, so
 * a stale lock cannot exist and concurrent takers are ordered by the kernel, one wins.
 * better-sqlite3 is already here; no extra native module is needed.
 *
 * Rules that keep it sound:
 * - The lock file is never deleted: a process could lock the unlinked file while another
 *   creates and locks a new one under the same name.
 * - The owning process must never open `xiufu.lock` other than through this module: on
 *   POSIX, closing *any* descriptor of a file drops the process's locks on it (so backups
 *   and sweeps leave that file alone).
 * - The lock file is never written: it stays empty, so a crash cannot damage it.
 *
 * A folder opened read-only takes a shared lock instead (when the lock file exists):
 * several read-only viewers may look at once, and none while a writer holds the folder.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Temporal } from 'temporal-polyfill';
import { FolderError } from './folder-error';
import { PRIVATE_FILE_MODE, tightenFiles } from './private-folder';

export const LOCK_FILE = 'xiufu.lock';
/** Who holds the lock: written by the owner once the lock is held, removed on release. */
export const OWNER_FILE = 'xiufu.lock.json';

/** Which program holds a folder: the desktop app, the browser shell, or a command (backup, restore). */
export type ShellKind = 'desktop' | 'browser' | 'command';

export interface Holder {
  pid: number;
  /** When the holding process started (UTC ISO). */
  startedAt: string;
  hostname: string;
  shell: ShellKind;
  /** The browser shell's address, once it listens. */
  address?: string;
}

export interface DataLock {
  readonly holder: Holder;
  /** A read-only viewer's lock is shared and announces nobody. */
  readonly shared: boolean;
  /** Adds to what a second start is told (the browser shell's address). */
  announce(patch: Pick<Holder, 'address'>): void;
  /** Lets the folder go; safe to call more than once. */
  release(): void;
}

export type LockResult = { ok: true; lock: DataLock } | { ok: false; holder: Holder | null };

/** How long a second start waits for a new owner to say who it is (it may be starting). */
const HOLDER_WAIT_MS = 1500;
const HOLDER_POLL_MS = 100;

export function acquireDataLock(
  dataDir: string,
  opts: { shell: ShellKind; readOnly?: boolean },
): LockResult {
  const lockPath = join(dataDir, LOCK_FILE);
  const holder: Holder = {
    pid: process.pid,
    startedAt: processStart(),
    hostname: hostname(),
    shell: opts.shell,
  };
  if (opts.readOnly) return acquireShared(dataDir, lockPath, holder);

  createEmpty(lockPath);
  tightenFiles([lockPath, join(dataDir, OWNER_FILE)]);
  const db = new BetterSqlite3(lockPath, { fileMustExist: true, timeout: 0 });
  try {
    // No journal file: the lock file is never written, so there is nothing to recover.
    db.pragma('journal_mode = MEMORY');
    // Held open for the life of the process: the exclusive lock lasts as long as it does.
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    return heldByAnother(err, dataDir, lockPath);
  }
  writeHolder(dataDir, holder);
  return { ok: true, lock: heldLock(dataDir, db, holder, false) };
}

/** A lock not taken: another process has it (who, if it said), or the lock file is no lock. */
function heldByAnother(err: unknown, dataDir: string, lockPath: string): LockResult {
  if (isBusy(err)) return { ok: false, holder: readHolder(dataDir) };
  if (isCode(err, 'SQLITE_NOTADB')) throw new FolderError('owner.lockDamaged', { path: lockPath });
  throw err;
}

function acquireShared(dataDir: string, lockPath: string, holder: Holder): LockResult {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(lockPath, { readonly: true, fileMustExist: true, timeout: 0 });
  } catch {
    // No lock file in a folder nobody can write to: no writer can be in it either.
    return { ok: true, lock: heldLock(dataDir, null, holder, true) };
  }
  try {
    db.exec('BEGIN');
    // The first read takes the shared lock; the open transaction keeps it.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    return heldByAnother(err, dataDir, lockPath);
  }
  return { ok: true, lock: heldLock(dataDir, db, holder, true) };
}

function heldLock(
  dataDir: string,
  db: BetterSqlite3.Database | null,
  holder: Holder,
  shared: boolean,
): DataLock {
  let current = holder;
  let released = false;
  const onExit = () => release();
  function release() {
    if (released) return;
    released = true;
    process.off('exit', onExit);
    // Who-file first: once the lock is free a new owner may write its own.
    if (!shared) removeHolder(dataDir, current);
    db?.close();
  }
  process.on('exit', onExit);
  return {
    get holder() {
      return current;
    },
    shared,
    announce(patch) {
      if (released || shared) return;
      current = { ...current, ...patch };
      writeHolder(dataDir, current);
    },
    release,
  };
}

/** Creates the empty lock file 0600 if it is missing; an existing one is left unopened. */
function createEmpty(path: string): void {
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (err) {
    if (!isCode(err, 'EEXIST')) throw err;
  }
}

function writeHolder(dataDir: string, holder: Holder): void {
  const path = join(dataDir, OWNER_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  // Written whole, then renamed: a reader never sees half of it.
  writeFileSync(temp, JSON.stringify(holder), { mode: PRIVATE_FILE_MODE });
  renameSync(temp, path);
}

function removeHolder(dataDir: string, holder: Holder): void {
  const path = join(dataDir, OWNER_FILE);
  const now = parseHolder(path);
  if (now?.pid !== holder.pid || now.startedAt !== holder.startedAt) return;
  try {
    unlinkSync(path);
  } catch (err) {
    if (!isCode(err, 'ENOENT')) throw err;
  }
}

/**
 * Who holds the folder, as far as can be told: the owner writes its file just after it
 * takes the lock, so a start that lost the race waits briefly for it. A file naming a
 * process of this machine that is gone is left over from a crash, and names nobody.
 */
export function readHolder(dataDir: string, waitMs = HOLDER_WAIT_MS): Holder | null {
  const path = join(dataDir, OWNER_FILE);
  const until = Date.now() + waitMs;
  for (;;) {
    const holder = parseHolder(path);
    if (holder && (holder.hostname !== hostname() || isAlive(holder.pid))) return holder;
    if (Date.now() >= until) return null;
    sleep(HOLDER_POLL_MS);
  }
}

function parseHolder(path: string): Holder | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof value.pid !== 'number' || typeof value.shell !== 'string') return null;
    return value as Holder;
  } catch {
    return null;
  }
}

/** Signal 0 only asks whether the process exists; EPERM means it does (another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isCode(err, 'EPERM');
  }
}

function processStart(): string {
  const uptimeMs = Math.round(process.uptime() * 1000);
  return Temporal.Now.instant().subtract({ milliseconds: uptimeMs }).toString();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isBusy(err: unknown): boolean {
  return isCode(err, 'SQLITE_BUSY') || isCode(err, 'SQLITE_LOCKED');
}

function isCode(err: unknown, code: string): boolean {
  return (err as { code?: unknown } | null)?.code === code;
}
