import { existsSync, readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { createBackup } from './create';
import { defaultLocation } from './layout';
import { readManifest } from './manifest';
import { backupDir } from './layout';
import { stagedPath, stageRestore, swapDatabase, sweepStaged } from './restore';
import { folderWithFiles } from './test-folder';
import { sha256Of } from './test-files';

async function staged() {
  const f = await folderWithFiles();
  const location = defaultLocation(f.dataDir);
  const backup = await createBackup({ dataDir: f.dataDir, location, kind: 'manual', app: 't' });
  // Change the data after the backup, and lose one attachment from the store.
  f.db.prepare("UPDATE clients SET name = 'Changed'").run();
  f.db.close();
  rmSync(f.store.path(f.hashes[0]!));
  const manifest = (await readManifest(backupDir(location, backup.id)))!;
  await stageRestore(f.dataDir, location, manifest);
  return f;
}

const clientName = (dataDir: string) => {
  const db = openDatabase(dataDir);
  try {
    return (db.prepare('SELECT name FROM clients').get() as { name: string }).name;
  } finally {
    db.close();
  }
};

describe('restoring', () => {
  it('copies the missing attachments first, then swaps the database in', async () => {
    const f = await staged();
    expect(await f.store.has(f.hashes[0]!)).toBe(true);
    swapDatabase(f.dataDir);
    expect(existsSync(stagedPath(f.dataDir))).toBe(false);
    expect(clientName(f.dataDir)).toBe('Acme');
  });

  it('leaves the data file exactly as it was when the swap fails before the rename', async () => {
    const f = await staged();
    const before = sha256Of(f.dbFile);
    expect(() =>
      swapDatabase(f.dataDir, {
        beforeRename: () => {
          throw new Error('power cut');
        },
      }),
    ).toThrow('power cut');
    expect(sha256Of(f.dbFile)).toBe(before);
    expect(readdirSync(f.dataDir).filter((n) => n.includes('restoring'))).toEqual([]);
    expect(clientName(f.dataDir)).toBe('Changed');
  });

  it('removes a staged copy a crash left behind', async () => {
    const f = await staged();
    sweepStaged(f.dataDir);
    expect(existsSync(stagedPath(f.dataDir))).toBe(false);
    expect(clientName(f.dataDir)).toBe('Changed');
  });
});
