/**
 * Re-keying a data folder: turning encryption on, changing the passphrase, turning it off.
 * The database is never rewritten in place. In order:
 *   1. prepareRekey (a worker; the app keeps reading, writes wait): the database copied
 *      beside itself with VACUUM INTO (`xiufu.db.rekey`, still under the old key), that
 *      copy re-keyed, checked under the new key, fsynced; the new key file written beside
 *      the old one (`xiufu.key.new`).
 *   2. switchRekey (database closed): the journal (`xiufu.rekey.json`) says the new files
 *      are complete, then they are renamed over the old ones, then the journal goes.
 * finishRekey, at every start, rolls a journalled switch forward and removes the leftovers
 * of one that never reached its journal: a crash or cancel at any step leaves a folder
 * that opens with the old key or the new one.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDirSync, fsyncFileSync } from '../attachments/fs-sync';
import { dataFilePath, DB_FILE } from '../connection';
import { openSqlite, openWithKey, rekey, vacuumInto } from '../driver';
import { PRIVATE_FILE_MODE } from '../private-folder';
import { KEY_FILE, keyFilePath, writeKeyFile, type FilesKey, type KeyFile } from './key-file';

export const NEW_DB = `${DB_FILE}.rekey`;
export const NEW_KEY_FILE = `${KEY_FILE}.new`;
export const JOURNAL = 'xiufu.rekey.json';

/** The key the folder moves to; null: decrypted. */
export type Target = { file: KeyFile; key: Buffer } | null;

/** The steps of prepareRekey, in order (a job's progress counts them). */
export const REKEY_STEPS = ['copy', 'rekey', 'check'] as const;
/** A job's phases: the database's steps, and 'files' (sealing or unsealing the stored files). */
export type RekeyStep = (typeof REKEY_STEPS)[number] | 'files';

/**
 * What a re-key worker is given, in memory: the database copied under the key it moves
 * to, or the stored files sealed with the attachments' key (unsealed: null).
 */
export type RekeyJob =
  | { dataDir: string; kind: 'database'; to: Target }
  | { dataDir: string; kind: 'files'; seal: FilesKey | null };
export type StepHook = (step: RekeyStep | SwitchStep) => void;

const newDb = (dataDir: string) => join(dataDir, NEW_DB);
const newKey = (dataDir: string) => join(dataDir, NEW_KEY_FILE);
const journal = (dataDir: string) => join(dataDir, JOURNAL);

/** Step 1. Leaves nothing behind when it fails or is cancelled. */
export function prepareRekey(
  dataDir: string,
  to: Target,
  opts: { signal?: AbortSignal; onStep?: StepHook } = {},
): void {
  const { signal, onStep = () => undefined } = opts;
  discardPrepared(dataDir);
  try {
    onStep('copy');
    const source = openSqlite(dataFilePath(dataDir), { readonly: true, fileMustExist: true });
    try {
      vacuumInto(source, newDb(dataDir));
    } finally {
      source.close();
    }
    signal?.throwIfAborted();
    onStep('rekey');
    // Opened under the folder's current key (the copy is still under it).
    const copy = openSqlite(newDb(dataDir));
    try {
      rekey(copy, to?.key ?? null);
    } finally {
      copy.close();
    }
    signal?.throwIfAborted();
    onStep('check');
    checkUnder(newDb(dataDir), to?.key ?? null);
    fsyncFileSync(newDb(dataDir));
    if (to) writeKeyFile(newKey(dataDir), to.file);
    fsyncDirSync(dataDir);
  } catch (err) {
    discardPrepared(dataDir);
    throw err;
  }
}

/** The re-keyed copy opens under its new key and is sound, or this throws. */
export function checkUnder(file: string, key: Buffer | null): void {
  const db = openWithKey(file, key, { readonly: true, fileMustExist: true });
  try {
    const first = (db.pragma('quick_check(1)') as { quick_check: string }[])[0]?.quick_check;
    if (first !== 'ok') throw new Error(`The re-keyed copy failed its check: ${first}`);
  } finally {
    db.close();
  }
}

function discardPrepared(dataDir: string): void {
  for (const f of [newDb(dataDir), `${newDb(dataDir)}-journal`, newKey(dataDir)])
    rmSync(f, { force: true });
}

export type SwitchStep = 'journal' | 'database' | 'keyFile' | 'done';

/** Step 2, with every connection to the data file closed. */
export function switchRekey(dataDir: string, to: 'encrypted' | 'plain', onStep?: StepHook): void {
  writeFileSync(journal(dataDir), JSON.stringify({ to }) + '\n', { mode: PRIVATE_FILE_MODE });
  fsyncFileSync(journal(dataDir));
  fsyncDirSync(dataDir);
  onStep?.('journal');
  rollForward(dataDir, to, onStep);
}

function rollForward(dataDir: string, to: 'encrypted' | 'plain', onStep?: StepHook): void {
  const file = dataFilePath(dataDir);
  if (existsSync(newDb(dataDir))) {
    // A -wal of the old file would be replayed into the new one (under the wrong key).
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    renameSync(newDb(dataDir), file);
    fsyncDirSync(dataDir);
  }
  onStep?.('database');
  if (to === 'encrypted' && existsSync(newKey(dataDir)))
    renameSync(newKey(dataDir), keyFilePath(dataDir));
  if (to === 'plain') rmSync(keyFilePath(dataDir), { force: true });
  fsyncDirSync(dataDir);
  onStep?.('keyFile');
  rmSync(journal(dataDir), { force: true });
  fsyncDirSync(dataDir);
  onStep?.('done');
}

/** At start, before the folder is looked at: a journalled switch completes, anything else is undone. */
export function finishRekey(dataDir: string): void {
  let to: 'encrypted' | 'plain' | null = null;
  try {
    const parsed = JSON.parse(readFileSync(journal(dataDir), 'utf8')) as { to?: unknown };
    if (parsed.to === 'encrypted' || parsed.to === 'plain') to = parsed.to;
  } catch {
    // No journal (or one cut off while it was written, before the switch began).
  }
  if (to) rollForward(dataDir, to);
  else {
    rmSync(journal(dataDir), { force: true });
    discardPrepared(dataDir);
  }
}
