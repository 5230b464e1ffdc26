import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../backup/create';
import { freshDir } from '../backup/test-files';
import { DB_FILE, inspectDataFile, openDatabase } from '../connection';
import { runWorker } from '../../jobs/run-worker';
import type { BackupJobResult } from '../../jobs/backup-ops';
import { readKeyFile } from './key-file';
import { forgetKey, FolderLockedError, isLocked, rememberKey } from './keyring';
import { encryptNewFolder, filesContaining } from './test-keys';

const ID_NUMBER = '110101199003077777';
const NOW = '2026-01-05T09:30:00.000Z';

function addPerson(dir: string): void {
  const db = openDatabase(dir);
  db.prepare(
    "INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('person', '张三', ?, ?, ?)",
  ).run(ID_NUMBER, NOW, NOW);
  expect(filesContaining(dir, ID_NUMBER)).toEqual([]);
  db.close();
}

describe('one driver for plain and encrypted folders', () => {
  it('keeps an encrypted folder’s database and WAL free of the data it holds', async () => {
    const dir = freshDir('xiufu-crypt-');
    await encryptNewFolder(dir);
    addPerson(dir);
    expect(filesContaining(dir, ID_NUMBER)).toEqual([]);
    expect(inspectDataFile(dir)).toMatchObject({ state: 'ok' });
    const db = openDatabase(dir);
    expect(db.prepare('SELECT id_number FROM clients').get()).toEqual({ id_number: ID_NUMBER });
    db.close();
  });

  it('opens a plain folder as before: its file is plain SQLite', () => {
    const dir = freshDir('xiufu-crypt-');
    const db = openDatabase(dir);
    db.close();
    expect(filesContaining(dir, 'SQLite format 3')).toContain(join(dir, DB_FILE));
    expect(isLocked(dir)).toBe(false);
  });

  it('refuses to open an encrypted folder whose key it does not hold, writing nothing', async () => {
    const dir = freshDir('xiufu-crypt-');
    const key = await encryptNewFolder(dir);
    addPerson(dir);
    const { id } = readKeyFile(dir)!;
    forgetKey(id);
    expect(isLocked(dir)).toBe(true);
    expect(() => openDatabase(dir)).toThrow(FolderLockedError);
    expect(existsSync(join(dir, `${DB_FILE}-wal`))).toBe(false);
    rememberKey(id, key);
    expect(isLocked(dir)).toBe(false);
  });

  it('gives a worker the keys in memory: its backup is encrypted like the folder', async () => {
    const dir = freshDir('xiufu-crypt-');
    await encryptNewFolder(dir);
    addPerson(dir);
    const location = join(dir, 'backups');
    const done = await runWorker<BackupJobResult>('backup-worker', {
      op: 'create',
      dataDir: dir,
      location,
      kind: 'manual',
      app: 'test',
    }).result;
    expect(done.backup.status.state).toBe('verified');
    expect(filesContaining(location, ID_NUMBER)).toEqual([]);
    // The backup carries its key file, so it opens with the same key.
    expect(readKeyFile(join(location, done.backup.id))).toEqual(readKeyFile(dir));
  });

  it('backs up an encrypted folder on the server thread too', async () => {
    const dir = freshDir('xiufu-crypt-');
    await encryptNewFolder(dir);
    addPerson(dir);
    const location = join(dir, 'backups');
    const summary = await createBackup({ dataDir: dir, location, kind: 'manual', app: 'test' });
    expect(summary.status.state).toBe('verified');
    expect(filesContaining(location, ID_NUMBER)).toEqual([]);
  });
});
