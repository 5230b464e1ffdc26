import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { BAD_FILES, sha256Of } from '../db/backup/test-files';
import { defaultLocation } from '../db/backup/layout';
import { DB_FILE } from '../db/connection';
import { latestVersion, migrate, MIGRATIONS } from '../db/migrations';
import { backUp, caseCount, jobEnds } from './backup-testing';
import { createBackend, type Backend } from './dispatch';
import { samrCase, testBackend, type TestBackend } from './testing';

const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

function start(dataDir: string, opts: { dailyBackup?: boolean } = {}): TestBackend {
  const backend = createBackend({ dataDir, log: () => {}, ...opts });
  open.push(backend);
  return {
    backend,
    dir: dataDir,
    logs: [],
    async ok(channel, input) {
      const r = await backend.dispatch(channel, input, { lang: 'en' });
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    snapshot: () => '',
  };
}

/** A folder with one case and a verified backup of it, closed. */
async function backedUpFolder(): Promise<string> {
  const t = testBackend();
  await samrCase(t);
  const done = await backUp(t);
  expect(done.ok).toBe(true);
  t.backend.close();
  return t.dir;
}

const KINDS = {
  'zero-length': 'empty',
  'a text file': 'notSqlite',
  truncated: 'damaged',
  'a damaged page': 'damaged',
  'a newer data version': 'newer',
} as const;

describe('recovery mode', () => {
  for (const [name, spoil] of Object.entries(BAD_FILES)) {
    it(`${name}: starts in recovery mode, refuses the rest, restores the latest backup`, async () => {
      const dir = await backedUpFolder();
      spoil(dir);
      const file = join(dir, DB_FILE);
      const hash = sha256Of(file);

      const t = start(dir);
      await t.backend.ready;
      expect(t.backend.recovery()).toMatchObject({
        file,
        problem: { kind: KINDS[name as keyof typeof KINDS] },
      });
      const refused = await t.backend.dispatch('cases.list', {}, { lang: 'zh' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'recovery' } });
      expect(await t.backend.dispatch('settings.get', {})).toMatchObject({
        ok: false,
        error: { code: 'recovery' },
      });

      const status = await t.ok('recovery.status', {});
      if (status.mode !== 'recovery') throw new Error('not in recovery mode');
      expect(status.message).toContain(file);
      expect(status.message).toContain('It was not changed.');
      expect(status.latest).toMatchObject({ kind: 'manual', counts: { cases: 1 } });
      expect(status.canSwitchFolder).toBe(false);
      expect(sha256Of(file)).toBe(hash);

      const ends = jobEnds(t.backend);
      const { jobId } = await t.ok('backups.restore', { id: status.latest!.id });
      expect(await ends.done(jobId)).toMatchObject({ ok: true, restored: true });
      expect(t.backend.recovery()).toBeNull();
      expect(await t.ok('recovery.status', {})).toEqual({ mode: 'normal', dataDir: dir });
      expect(await caseCount(t)).toBe(1);
      // The bad file was kept, byte for byte, as a raw safety copy.
      const safety = (await t.ok('backups.list', {})).backups.find((b) => b.kind === 'preRestore')!;
      expect(safety.status).toEqual({ state: 'raw' });
      expect(sha256Of(join(defaultLocation(dir), safety.id, DB_FILE))).toBe(hash);
    });
  }

  it('creates a new database where there is no file', async () => {
    const t = start(mkdtempSync(join(tmpdir(), 'xiufu-new-')));
    expect(t.backend.recovery()).toBeNull();
    expect(await caseCount(t)).toBe(0);
  });

  it('says so in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-zh-'));
    writeFileSync(join(dir, DB_FILE), '');
    const t = start(dir);
    const status = await t.backend.dispatch('recovery.status', {}, { lang: 'zh' });
    expect(status).toMatchObject({
      ok: true,
      value: { message: expect.stringContaining('为空（0 字节）') },
    });
    expect(await t.backend.dispatch('cases.list', {}, { lang: 'zh' })).toMatchObject({
      error: { message: expect.stringContaining('恢复备份') },
    });
  });
});

/** A data file at the version before the newest, holding one client. */
function olderFolder(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'xiufu-old-'));
  const file = join(dir, DB_FILE);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS, latestVersion() - 1);
  db.prepare(
    "INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('company', 'Old', 'X', 'x', 'x')",
  ).run();
  db.close();
  return { dir, file };
}

describe('migrations', () => {
  it('are preceded by a verified backup of the database as it was', async () => {
    const { dir } = olderFolder();
    const t = start(dir);
    await t.backend.ready;
    expect(t.backend.recovery()).toBeNull();
    const [backup] = (await t.ok('backups.list', {})).backups;
    expect(backup).toMatchObject({
      kind: 'preMigration',
      dataVersion: latestVersion() - 1,
      counts: { clients: 1 },
      status: { state: 'verified' },
    });
    expect((await t.ok('dashboard.summary', {})).clients).toBe(1);
  });

  it('do not run when that backup cannot be made: recovery mode, the file untouched', async () => {
    const { dir, file } = olderFolder();
    writeFileSync(join(dir, 'backups'), 'a file where the backups folder should be');
    const hash = sha256Of(file);
    const t = start(dir);
    await t.backend.ready;
    expect(t.backend.recovery()?.problem.kind).toBe('backupFailed');
    expect(sha256Of(file)).toBe(hash);
  });

  it('never back up a new, empty database', async () => {
    const t = start(mkdtempSync(join(tmpdir(), 'xiufu-new-')));
    await t.backend.ready;
    expect(readdirSync(t.dir)).not.toContain('backups');
  });
});

describe('the daily backup', () => {
  it('is made on the first start of a day that finds data, and only then', async () => {
    const t0 = testBackend();
    await samrCase(t0);
    t0.backend.close();
    const t = start(t0.dir, { dailyBackup: true });
    const done = await new Promise((resolve) => t.backend.events.on('backup.done', resolve));
    expect(done).toMatchObject({ ok: true, backup: { kind: 'daily' } });
    t.backend.close();

    const again = start(t0.dir, { dailyBackup: true });
    await again.backend.ready;
    await new Promise((r) => setTimeout(r, 300));
    expect((await again.ok('backups.list', {})).backups.map((b) => b.kind)).toEqual(['daily']);
    expect((await again.ok('backups.list', {})).running).toBeNull();
  });

  it('is not made for an empty folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-empty-'));
    mkdirSync(dir, { recursive: true });
    const t = start(dir, { dailyBackup: true });
    await t.backend.ready;
    await new Promise((r) => setTimeout(r, 300));
    expect((await t.ok('backups.list', {})).running).toBeNull();
    expect(readdirSync(dir)).not.toContain('backups');
  });
});
