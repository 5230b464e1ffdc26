/**
 * A raw copy: the data file and its -wal/-shm byte for byte, for a file that cannot be
 * opened (the safety copy before a restore replaces it). Nothing is interpreted, so
 * nothing can fail to parse; the manifest records each file's SHA-256.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupManifest, BackupSummary } from '../../core/backups';
import { DB_FILE } from '../connection';
import { newBackupId } from './create';
import { copyDurable, renameDurable } from './durable';
import type { CreateOptions } from './create';
import { backupDir, partialDir } from './layout';
import { summarize, writeManifest, writeStatus } from './manifest';

export async function rawCopy(opts: Omit<CreateOptions, 'now'>): Promise<BackupSummary> {
  const { dataDir, location, kind, signal, onProgress = () => undefined } = opts;
  const createdAt = new Date().toISOString();
  const id = newBackupId(kind, createdAt);
  const partial = partialDir(location, id);
  await mkdir(partial, { recursive: true });
  try {
    const names = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`];
    const sources = [];
    for (const name of names) {
      const from = join(dataDir, name);
      const st = await stat(from).catch(() => null);
      if (st?.isFile()) sources.push({ name, from, size: st.size });
    }
    const total = sources.reduce((n, s) => n + s.size, 0);
    let done = 0;
    const raw: NonNullable<BackupManifest['raw']> = [];
    for (const s of sources) {
      const copied = await copyDurable(s.from, join(partial, s.name), {
        temp: join(partial, `${s.name}.tmp`),
        signal,
        onBytes: (n) => onProgress('safetyCopy', (done += n), total),
      });
      raw.push({ name: s.name, ...copied });
    }
    const manifest: BackupManifest = {
      format: 1,
      id,
      kind,
      createdAt,
      app: opts.app,
      dataVersion: 0,
      counts: { clients: 0, cases: 0, files: 0 },
      newestChange: null,
      database: null,
      raw,
      files: [],
      missing: [],
      size: raw.reduce((n, f) => n + f.size, 0),
    };
    await writeManifest(partial, manifest);
    await writeStatus(partial, { state: 'raw' });
    await renameDurable(partial, backupDir(location, id));
    return summarize(id, location, manifest, { state: 'raw' });
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    throw err;
  }
}
