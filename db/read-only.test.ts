import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientInput } from '../core/schemas';
import { DB_FILE, openDatabase, type Database } from './connection';
import { FolderError } from './folder-error';
import { DatabaseTooNewError } from './migrations';
import { openReadOnlyDatabase } from './read-only';
import { createRepositories } from './repositories';
import { unprivileged, UNPRIVILEGED_SKIP } from './test/unprivileged';

const CHILD = join(import.meta.dirname, 'test', 'read-only-child.ts');
const user = unprivileged();
const open: Database[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A data folder with one client; left open (its -wal and -shm beside it) when asked. */
function seeded(keepOpen = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'xiufu-ro-'));
  const db = openDatabase(dir);
  createRepositories(db).clients.insert(
    clientInput.parse({
      kind: 'company',
      name: '只读测试有限公司',
      idNumber: '91350100M000100Y43',
    }),
  );
  if (keepOpen) open.push(db);
  else db.close();
  return dir;
}

/** What a process without write access makes of the folder (see read-only-child.ts). */
function meet(dir: string, mode = 0o500): Record<string, unknown> {
  user!.own(dir);
  chmodSync(dir, mode);
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir], {
    ...user!.spawn,
    env: { ...process.env, HOME: tmpdir() },
    encoding: 'utf8',
  });
  chmodSync(dir, 0o700);
  if (run.status !== 0) throw new Error(`child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const entries = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => `${name}:${statSync(join(dir, name)).size}`);

const cannotWrite = 'a folder this process cannot write';
describe.skipIf(user === null)(
  user ? cannotWrite : `${cannotWrite} (skipped: ${UNPRIVILEGED_SKIP})`,
  () => {
    it('is found read-only and opened from a copy in memory, changing nothing in it', () => {
      const dir = seeded();
      const before = entries(dir);
      expect(meet(dir)).toEqual({ access: 'read-only', clients: 1, inMemory: true });
      expect(entries(dir)).toEqual(before);
    });

    it('is read in place when the database’s shared-memory index is there to use', () => {
      const dir = seeded(true);
      expect(existsSync(join(dir, `${DB_FILE}-shm`))).toBe(true);
      expect(meet(dir)).toEqual({ access: 'read-only', clients: 1, inMemory: false });
    });

    it('is refused, saying what to do, when its latest changes wait in a -wal file it cannot fold in', () => {
      const live = seeded(true);
      const dir = mkdtempSync(join(tmpdir(), 'xiufu-ro-'));
      for (const suffix of ['', '-wal'])
        copyFileSync(join(live, DB_FILE + suffix), join(dir, DB_FILE + suffix));
      expect(statSync(join(dir, `${DB_FILE}-wal`)).size).toBeGreaterThan(0);
      expect(meet(dir)).toEqual({ access: 'read-only', refused: 'owner.readOnlyUnsaved' });
    });

    it('is refused when it holds no data yet: there is nothing to show', () => {
      const dir = mkdtempSync(join(tmpdir(), 'xiufu-ro-'));
      expect(meet(dir)).toEqual({ access: 'read-only', refused: 'owner.readOnlyEmpty' });
      expect(readdirSync(dir)).toEqual([]);
    });

    it('counts a database file it may not write as read-only, even in a writable folder', () => {
      const dir = seeded();
      chmodSync(join(dir, DB_FILE), 0o400);
      expect(meet(dir, 0o700)).toMatchObject({ access: 'read-only', clients: 1 });
    });

    it('finds a folder it may write writable', () => {
      expect(meet(seeded(), 0o700)).toMatchObject({ access: 'writable', clients: 1 });
    });
  },
);

describe('opening read-only', () => {
  it('refuses a database that would first need a migration, which writes', () => {
    const dir = seeded();
    const db = openDatabase(dir);
    db.pragma('user_version = 3');
    db.close();
    expect(() => openReadOnlyDatabase(dir, DB_FILE)).toThrow(FolderError);
    expect(() => openReadOnlyDatabase(dir, DB_FILE)).toThrow(/older Xiufu/);
  });

  it('refuses a database of a newer Xiufu, as a writable open does', () => {
    const dir = seeded();
    const db = openDatabase(dir);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openReadOnlyDatabase(dir, DB_FILE)).toThrow(DatabaseTooNewError);
  });

  it('cannot write, even where the folder could be written', () => {
    const db = openReadOnlyDatabase(seeded(), DB_FILE);
    open.push(db);
    expect(() => db.exec("UPDATE clients SET name = 'x'")).toThrow(
      expect.objectContaining({ code: 'SQLITE_READONLY' }),
    );
  });
});
