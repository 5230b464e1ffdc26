import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, type Database } from '../connection';
import { createBackup } from './create';
import { backupDir, defaultLocation, poolFile } from './layout';
import { listBackups } from './list';
import { verifyBackup } from './verify';
import { rawCopy } from './raw';
import { folderWithFiles } from './test-folder';
import { BAD_FILES, sha256Of } from './test-files';

let open: Database | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

async function backedUp() {
  const f = await folderWithFiles();
  open = f.db;
  const location = defaultLocation(f.dataDir);
  const summary = await createBackup({ dataDir: f.dataDir, location, kind: 'manual', app: 'test' });
  return { ...f, location, summary };
}

describe('creating a backup', () => {
  it('copies the database and each attachment, writes a manifest and verifies it', async () => {
    const { location, summary, hashes } = await backedUp();
    expect(summary).toMatchObject({
      kind: 'manual',
      counts: { clients: 1, cases: 1, files: 2 },
      newestChange: '2026-01-05T09:30:00.000Z',
      missing: 0,
      status: { state: 'verified' },
    });
    for (const h of hashes) expect(sha256Of(poolFile(location, h))).toBe(h);
    expect(await listBackups(location)).toEqual([summary]);
    // Self-contained: no WAL beside the copy, nothing partial left.
    expect(readdirSync(backupDir(location, summary.id)).sort()).toEqual(
      ['manifest.json', 'status.json', DB_FILE].sort(),
    );
    expect(readdirSync(location).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('copies an attachment into the pool once, whatever number of backups hold it', async () => {
    const { dataDir, location, hashes } = await backedUp();
    const pooled = poolFile(location, hashes[0]!);
    const before = statSync(pooled);
    const second = await createBackup({ dataDir, location, kind: 'manual', app: 'test' });
    expect(second.status.state).toBe('verified');
    expect(statSync(pooled).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(pooled).ino).toBe(before.ino);
  });

  it('leaves nothing behind when cancelled', async () => {
    const f = await folderWithFiles();
    open = f.db;
    const location = defaultLocation(f.dataDir);
    const controller = new AbortController();
    const work = createBackup({
      dataDir: f.dataDir,
      location,
      kind: 'manual',
      app: 'test',
      signal: controller.signal,
      onProgress: (phase) => {
        if (phase === 'copyingFiles') controller.abort();
      },
    });
    await expect(work).rejects.toThrow();
    expect(await listBackups(location)).toEqual([]);
    expect(readdirSync(location).filter((n) => n !== 'pool')).toEqual([]);
    expect(
      readdirSync(join(location, 'pool')).flatMap((d) => readdirSync(join(location, 'pool', d))),
    ).toEqual([]);
  });

  it('records an attachment already missing from the data folder instead of failing', async () => {
    const f = await folderWithFiles();
    open = f.db;
    rmSync(f.store.path(f.hashes[1]!));
    const summary = await createBackup({
      dataDir: f.dataDir,
      location: defaultLocation(f.dataDir),
      kind: 'manual',
      app: 'test',
    });
    expect(summary).toMatchObject({ missing: 1, status: { state: 'verified' } });
  });
});

describe('verifying a backup', () => {
  it('reports flipped bytes in the database copy', async () => {
    const { location, summary } = await backedUp();
    const file = join(backupDir(location, summary.id), DB_FILE);
    const bytes = readFileSync(file);
    const at = bytes.length - 100;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    writeFileSync(file, bytes);
    const { status } = await verifyBackup(location, summary.id);
    // Near the end of the file the byte may land in a page SQLite reads (the schema's, once
    // a migration rewrote it there), which the integrity check reports too; the hash names
    // the damage either way.
    expect(status.state).toBe('damaged');
    expect(status.state === 'damaged' && status.problems).toEqual(
      expect.arrayContaining([{ kind: 'databaseHash' }]),
    );
    expect((await listBackups(location))[0]!.status.state).toBe('damaged');
  });

  it('reports a pooled file that was deleted or changed', async () => {
    const { location, summary, hashes } = await backedUp();
    rmSync(poolFile(location, hashes[0]!));
    writeFileSync(poolFile(location, hashes[1]!), 'not the same');
    const { status } = await verifyBackup(location, summary.id);
    expect(status.state === 'damaged' && status.problems).toEqual(
      expect.arrayContaining([
        { kind: 'fileMissing', sha256: hashes[0] },
        { kind: 'fileDamaged', sha256: hashes[1] },
      ]),
    );
  });

  it('reports a backup whose database fails the integrity check', async () => {
    const { location, summary } = await backedUp();
    const dir = backupDir(location, summary.id);
    BAD_FILES['a damaged page'](dir);
    const { status } = await verifyBackup(location, summary.id);
    expect(status.state === 'damaged' && status.problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['databaseHash', 'database']),
    );
  });

  it('reports a missing or edited manifest', async () => {
    const { location, summary } = await backedUp();
    writeFileSync(join(backupDir(location, summary.id), 'manifest.json'), '{"format": 2}');
    const { status } = await verifyBackup(location, summary.id);
    expect(status).toMatchObject({ state: 'damaged', problems: [{ kind: 'manifest' }] });
  });

  it('copies a damaged pooled file again when the next backup is made', async () => {
    const { dataDir, location, hashes } = await backedUp();
    writeFileSync(poolFile(location, hashes[0]!), 'rotten');
    const next = await createBackup({ dataDir, location, kind: 'manual', app: 'test' });
    expect(next.status.state).toBe('verified');
    expect(sha256Of(poolFile(location, hashes[0]!))).toBe(hashes[0]);
  });
});

describe('raw copy', () => {
  it('keeps a file that cannot be opened byte for byte', async () => {
    const f = await folderWithFiles();
    f.db.close();
    BAD_FILES['zero-length'](f.dataDir);
    writeFileSync(f.dbFile, 'garbage');
    const location = defaultLocation(f.dataDir);
    const summary = await rawCopy({
      dataDir: f.dataDir,
      location,
      kind: 'preRestore',
      app: 'test',
    });
    expect(summary.status).toEqual({ state: 'raw' });
    expect(readFileSync(join(backupDir(location, summary.id), DB_FILE), 'utf8')).toBe('garbage');
    expect(existsSync(f.dbFile)).toBe(true);
  });
});
