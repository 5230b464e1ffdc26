import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, defaultLocation, EXTERNAL_DIR, poolFile } from '../db/backup/layout';
import { readManifest } from '../db/backup/manifest';
import { samplePdf } from '../db/attachments/test-files';
import { DB_FILE } from '../db/connection';
import { backUp, jobEnds } from './backup-testing';
import { samrCase, testBackend, upload, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const PDF = Buffer.from(await samplePdf({ pages: 2 }));

async function withCaseAndFile() {
  t = testBackend();
  const kase = await samrCase(t);
  await upload(t, kase.id, 'statement-of-facts', 'facts.pdf', 'application/pdf', PDF, 64 * 1024);
  return kase;
}

async function restore(id: string, location?: string) {
  const ends = jobEnds(t.backend);
  const r = await t.backend.dispatch('backups.restore', { id, location }, { lang: 'en' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return ends.done((r.value as { jobId: string }).jobId);
}

describe('backups through dispatch', () => {
  it('creates a verified backup and lists it with its counts and size', async () => {
    await withCaseAndFile();
    const done = await backUp(t);
    expect(done).toMatchObject({
      ok: true,
      op: 'create',
      backup: { kind: 'manual', status: { state: 'verified' } },
    });
    const list = await t.ok('backups.list', {});
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({
      counts: { clients: 1, cases: 1, files: 1 },
      location: defaultLocation(t.dir),
      missing: 0,
    });
    expect(list.backups[0]!.size).toBeGreaterThan(PDF.length);
    // The comparison before a restore: attachments' bytes on both sides.
    expect(list.backups[0]!.filesSize).toBe(PDF.length);
    expect(list.current).toMatchObject({
      counts: { clients: 1, cases: 1, files: 1 },
      filesSize: PDF.length,
    });
    expect(list.locations).toEqual([{ path: defaultLocation(t.dir), own: true, reachable: true }]);
    expect(list.running).toBeNull();
  });

  it('verifies a backup on demand', async () => {
    await withCaseAndFile();
    const { backup } = await backUp(t);
    const ends = jobEnds(t.backend);
    const { jobId } = await t.ok('backups.verify', { id: backup!.id });
    expect(await ends.done(jobId)).toMatchObject({
      ok: true,
      backup: { status: { state: 'verified' } },
    });
  });

  it('backs up into a folder the user chose, and lists it there', async () => {
    await withCaseAndFile();
    const stick = mkdtempSync(join(tmpdir(), 'xiufu-stick-'));
    const done = await backUp(t, { to: stick });
    expect(done).toMatchObject({
      ok: true,
      backup: { kind: 'folder', location: join(stick, EXTERNAL_DIR) },
    });
    const list = await t.ok('backups.list', {});
    expect(list.locations.map((l) => l.path)).toEqual([
      defaultLocation(t.dir),
      join(stick, EXTERNAL_DIR),
    ]);
    expect(list.backups.map((b) => b.location)).toEqual([join(stick, EXTERNAL_DIR)]);
  });

  it('restores: a safety backup first, then the backup’s data, attachments included', async () => {
    const kase = await withCaseAndFile();
    const { backup } = await backUp(t);
    await t.ok('cases.update', { id: kase.id, notes: 'changed after the backup' });
    const stored = readdirSync(join(t.dir, 'files')).filter((d) => /^[0-9a-f]{2}$/.test(d));
    for (const d of stored) rmSync(join(t.dir, 'files', d), { recursive: true });

    const done = await restore(backup!.id);
    expect(done).toMatchObject({ ok: true, op: 'restore', restored: true });
    expect((await t.ok('cases.get', { id: kase.id })).notes).toBe('');
    const file = (await t.ok('cases.get', { id: kase.id })).checklist.flatMap((i) => i.files)[0]!;
    expect((await t.ok('files.read', { id: file.id })).data).toBe(PDF.toString('base64'));

    const kinds = (await t.ok('backups.list', {})).backups.map((b) => b.kind);
    expect(kinds).toEqual(['preRestore', 'manual']);
    const safety = (await t.ok('backups.list', {})).backups[0]!;
    expect(safety.status.state).toBe('verified');
  });

  it('refuses every write while a restore runs', async () => {
    await withCaseAndFile();
    const { backup } = await backUp(t);
    const ends = jobEnds(t.backend);
    const { jobId } = await t.ok('backups.restore', { id: backup!.id });
    const write = await t.backend.dispatch('clients.create', {
      kind: 'company',
      name: 'X',
      idNumber: '91350100M000100Y43',
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'busy' } });
    const read = await t.backend.dispatch('cases.list', {});
    expect(read.ok).toBe(true);
    await ends.done(jobId);
  });

  describe('a damaged backup is reported and never restored', () => {
    const spoilers = {
      'bytes flipped in its database': (location: string, id: string) => {
        const file = join(backupDir(location, id), DB_FILE);
        const bytes = readFileSync(file);
        bytes.writeUInt8(bytes.readUInt8(5000) ^ 0xff, 5000);
        writeFileSync(file, bytes);
      },
      'a pooled file deleted': async (location: string, id: string) => {
        const manifest = (await readManifest(backupDir(location, id)))!;
        rmSync(poolFile(location, manifest.files[0]!.sha256));
      },
    };
    for (const [name, spoil] of Object.entries(spoilers)) {
      it(name, async () => {
        const kase = await withCaseAndFile();
        const { backup } = await backUp(t);
        await t.ok('cases.update', { id: kase.id, notes: 'after the backup' });
        await spoil(defaultLocation(t.dir), backup!.id);
        const before = t.snapshot();
        const backupsBefore = readdirSync(defaultLocation(t.dir)).sort();

        const done = await restore(backup!.id);
        expect(done.ok).toBe(false);
        expect(done.message).toMatch(/damaged, so it was not restored/);
        expect(t.snapshot()).toBe(before);
        // No safety backup, nothing staged: nothing was written.
        expect(readdirSync(defaultLocation(t.dir)).sort()).toEqual(backupsBefore);
        expect(readdirSync(t.dir).filter((n) => n.includes('restoring'))).toEqual([]);
        const listed = (await t.ok('backups.list', {})).backups[0]!;
        expect(listed.status.state).toBe('damaged');
        expect((await t.ok('cases.get', { id: kase.id })).notes).toBe('after the backup');
      });
    }
  });

  it('cancels a backup without leaving one', async () => {
    await withCaseAndFile();
    const ends = jobEnds(t.backend);
    const { jobId } = await t.ok('backups.create', {});
    expect(await t.ok('backups.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await ends.done(jobId)).toMatchObject({ ok: false, cancelled: true });
    expect((await t.ok('backups.list', {})).backups).toEqual([]);
  });

  it('runs one job at a time', async () => {
    await withCaseAndFile();
    const ends = jobEnds(t.backend);
    const { jobId } = await t.ok('backups.create', {});
    expect(await t.backend.dispatch('backups.create', {})).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    expect((await t.ok('backups.list', {})).running).toMatchObject({ jobId, op: 'create' });
    await ends.done(jobId);
  });

  it('keeps the retention the user chose, validated as the form does', async () => {
    t = testBackend();
    expect((await t.ok('backups.list', {})).retention).toEqual({ keepDaily: 7, keepWeekly: 4 });
    expect(await t.ok('backups.configure', { keepDaily: 14, keepWeekly: 8 })).toEqual({
      keepDaily: 14,
      keepWeekly: 8,
    });
    expect((await t.ok('backups.list', {})).retention).toEqual({ keepDaily: 14, keepWeekly: 8 });
    const refused = await t.backend.dispatch('backups.configure', { keepDaily: 0, keepWeekly: 4 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', field: 'keepDaily' } });
  });
});

describe('refused backup calls write nothing', () => {
  const dataDir = () => t.dir;
  const refusals: [string, string, () => unknown, string][] = [
    ['backups.restore', 'an id that is no backup', () => ({ id: '../../etc' }), 'invalid'],
    [
      'backups.restore',
      'an unknown backup',
      () => ({ id: '20260101-000000-manual-abcd' }),
      'not_found',
    ],
    [
      'backups.verify',
      'a folder never backed up to',
      () => ({ id: '20260101-000000-manual-abcd', location: tmpdir() }),
      'not_found',
    ],
    ['backups.create', 'a relative folder', () => ({ to: 'backups' }), 'invalid'],
    [
      'backups.create',
      'a folder that does not exist',
      () => ({ to: join(tmpdir(), 'no-such-folder-xiufu') }),
      'invalid',
    ],
    ['backups.create', 'the data folder itself', () => ({ to: dataDir() }), 'invalid'],
    ['backups.create', 'a file', () => ({ to: join(dataDir(), DB_FILE) }), 'invalid'],
    ['backups.cancel', 'an unknown job', () => ({ jobId: randomUUID() }), 'not_found'],
    ['folders.pick', 'the browser shell', () => ({}), 'invalid'],
    ['recovery.openFolder', 'the browser shell', () => ({ path: tmpdir() }), 'invalid'],
  ];
  for (const [channel, what, input, code] of refusals) {
    it(`${channel}: ${what}`, async () => {
      await withCaseAndFile();
      const before = t.snapshot();
      const r = await t.backend.dispatch(channel, input(), { lang: 'en' });
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(t.snapshot()).toBe(before);
      expect(existsSync(defaultLocation(t.dir))).toBe(false);
    });
  }
});
