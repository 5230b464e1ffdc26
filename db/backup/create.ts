/**
 * Makes one backup into a location: the database through SQLite's online backup API
 * (a consistent copy while the app keeps working), then every attachment it refers to
 * into the location's pool (each once: a file already pooled is not copied again), then
 * the manifest, then a full verification. It is written under .partial-<id> and renamed
 * to <id> only when complete, so a cancelled, failed or killed backup is never listed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { filesKeyIds, readKeyFile, keyFilePath, writeKeyFile } from '../crypt/key-file';
import { openSqlite, vacuumInto, type SqliteDatabase } from '../driver';
import {
  backupId,
  type BackupKind,
  type BackupManifest,
  type BackupSummary,
} from '../../core/backups';
import { fsyncDir } from '../attachments/fs-sync';
import { sealedKeyId } from '../attachments/sealed';
import { hashFile } from '../attachments/store';
import { dataFilePath, DB_FILE } from '../connection';
import type { ChainVerdict } from '../../core/integrity';
import { knownCheckpoints } from '../checkpoints';
import { hasChain, verifyChain } from '../history-verify';
import { openReadOnly } from './check';
import { copyDurable, HashMismatchError, renameDurable } from './durable';
import type { Progress } from './errors';
import { dataCounts, dataVersion, newestChange, referencedFiles } from './facts';
import { backupDir, partialDir, poolDir, poolFile } from './layout';
import { summarize, writeManifest, writeStatus } from './manifest';
import { verifyBackupDir } from './verify';

export interface CreateOptions {
  dataDir: string;
  location: string;
  kind: BackupKind;
  /** The Xiufu version writing it. */
  app: string;
  signal?: AbortSignal;
  onProgress?: Progress;
  now?: () => string;
  /** What verifying the copy's history chain found (not run on data older than the chain). */
  onChain?: (verdict: ChainVerdict) => void;
}

const noop: Progress = () => undefined;
/** Pages per step of the online backup: large steps, few restarts when the app writes meanwhile. */
const PAGES_PER_STEP = 4096;

export const newBackupId = (kind: BackupKind, now: string) =>
  backupId(now, kind, randomBytes(2).toString('hex'));

/**
 * The online backup, then the copy made self-contained (rollback journal: no -wal beside it).
 * An encrypted database is copied with VACUUM INTO instead (SQLite's online backup cannot
 * write an encrypted copy): one step, same key, and its key file goes beside it.
 */
async function copyDatabase(opts: CreateOptions, target: string): Promise<void> {
  const { signal, onProgress = noop } = opts;
  const source = openReadOnly(dataFilePath(opts.dataDir));
  try {
    const keyFile = readKeyFile(opts.dataDir);
    if (keyFile) {
      writeKeyFile(keyFilePath(dirname(target)), keyFile);
      onProgress('copyingDatabase', 0, 1);
      vacuumInto(source.db, target);
      onProgress('copyingDatabase', 1, 1);
      return;
    }
    await source.db.backup(target, {
      progress({ totalPages, remainingPages }) {
        signal?.throwIfAborted();
        onProgress('copyingDatabase', totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
  } finally {
    source.close();
  }
  const copy = openSqlite(target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Every backup verifies the history chain it copied, against the checkpoints known, and
 * records the head it verified in its manifest (db/checkpoints.ts reads them back).
 */
async function verifyCopiedChain(
  copy: SqliteDatabase,
  opts: CreateOptions,
): Promise<ChainVerdict | null> {
  if (!hasChain(copy)) return null;
  const { signal, onProgress = noop } = opts;
  const verdict = await verifyChain(copy, {
    checkpoints: await knownCheckpoints(opts.dataDir),
    signal,
    onProgress: (done, total) => onProgress('verifyingChain', done, total),
  });
  opts.onChain?.(verdict);
  return verdict;
}

/** Where the data folder's attachment store keeps a file (db/attachments/store.ts); read, never moved. */
export const storeFile = (dataDir: string, sha256: string): string =>
  join(dataDir, 'files', sha256.slice(0, 2), sha256);

/** The pooled copy is plain in a plain folder, sealed with a key the folder's key file holds in an encrypted one. */
async function pooledAsStored(file: string, keyIds: readonly string[] | null): Promise<boolean> {
  try {
    const id = await sealedKeyId(file);
    return keyIds ? id !== null && keyIds.includes(id) : id === null;
  } catch {
    return false;
  }
}

export async function createBackup(opts: CreateOptions): Promise<BackupSummary> {
  const { location, kind, signal, onProgress = noop } = opts;
  const createdAt = (opts.now ?? (() => new Date().toISOString()))();
  const id = newBackupId(kind, createdAt);
  const partial = partialDir(location, id);
  // An encrypted folder's backup holds its files sealed with keys its key file holds, a
  // plain one's plain (a pooled copy from before a change of state is copied again).
  const keyFile = readKeyFile(opts.dataDir);
  const keyIds = keyFile && filesKeyIds(keyFile);
  /** Pool files this backup added: removed again if it does not complete. */
  const added: string[] = [];
  await mkdir(poolDir(location), { recursive: true });
  await mkdir(partial, { recursive: true });
  try {
    const dbCopy = join(partial, DB_FILE);
    await copyDatabase(opts, dbCopy);

    let facts: Pick<BackupManifest, 'counts' | 'newestChange' | 'dataVersion' | 'checkpoint'>;
    const copy = openSqlite(dbCopy, { readonly: true });
    let wanted: { sha256: string; size: number }[];
    try {
      const chain = await verifyCopiedChain(copy, opts);
      facts = {
        counts: dataCounts(copy),
        newestChange: newestChange(copy),
        dataVersion: dataVersion(copy),
        checkpoint: chain?.state === 'intact' ? chain.head : null,
      };
      wanted = referencedFiles(copy);
    } finally {
      copy.close();
    }

    const total = wanted.reduce((n, f) => n + f.size, 0);
    let done = 0;
    const files: BackupManifest['files'] = [];
    const missing: string[] = [];
    for (const file of wanted) {
      signal?.throwIfAborted();
      const target = poolFile(location, file.sha256);
      if (!(await pooledAsStored(target, keyIds))) {
        try {
          await copyDurable(storeFile(opts.dataDir, file.sha256), target, {
            temp: join(poolDir(location), 'tmp', `${id}-${file.sha256}`),
            expected: file.sha256,
            signal,
            onBytes: (n) => onProgress('copyingFiles', (done += n), total),
          });
          added.push(target);
        } catch (err) {
          // Gone or damaged in the data folder already: the backup says so instead of failing.
          const code = (err as NodeJS.ErrnoException).code;
          if (!(err instanceof HashMismatchError) && code !== 'ENOENT') throw err;
          missing.push(file.sha256);
          continue;
        }
      } else {
        onProgress('copyingFiles', (done += file.size), total);
      }
      files.push(file);
    }

    const db = await stat(dbCopy);
    const manifest: BackupManifest = {
      format: 1,
      id,
      kind,
      createdAt,
      app: opts.app,
      ...facts,
      database: { size: db.size, sha256: (await hashFile(dbCopy))! },
      raw: null,
      files,
      missing,
      size: db.size + files.reduce((n, f) => n + f.size, 0),
    };
    await writeManifest(partial, manifest);
    let status = await verifyBackupDir(partial, location, manifest, { signal, onProgress });
    // A pooled file an older backup left damaged is copied again from the data folder.
    if (status.state === 'damaged' && status.problems.every((p) => 'sha256' in p)) {
      for (const p of status.problems) {
        if (!('sha256' in p)) continue;
        await copyDurable(storeFile(opts.dataDir, p.sha256), poolFile(location, p.sha256), {
          temp: join(poolDir(location), 'tmp', `${id}-${p.sha256}`),
          expected: p.sha256,
          signal,
        }).catch(() => undefined);
      }
      status = await verifyBackupDir(partial, location, manifest, { signal, onProgress });
    }
    await writeStatus(partial, status);
    await fsyncDir(partial);
    await renameDurable(partial, backupDir(location, id));
    return summarize(id, location, manifest, status);
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    for (const file of added) await rm(file, { force: true });
    throw err;
  }
}
