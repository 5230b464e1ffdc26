import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../db/attachments/test-files';
import type { ServerEvents } from './contract';
import { samrCase, storedFiles, testBackend, upload, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (s: string) => new TextEncoder().encode(s);

/** Puts bytes where the store keeps them, as a crash between storing and recording leaves them. */
function storeDirectly(dir: string, bytes: Uint8Array): string {
  const hash = sha(bytes);
  mkdirSync(join(dir, 'files', hash.slice(0, 2)), { recursive: true });
  writeFileSync(join(dir, 'files', hash.slice(0, 2), hash), bytes);
  return hash;
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/** Restarts the backend on the same data folder and waits for its start-up sweep. */
async function restart() {
  t.backend.close();
  t = testBackend({ dir: t.dir, tempDir: mkdtempSync(join(tmpdir(), 'xiufu-temp-')) });
  return t.backend.swept;
}

describe('the start-up sweep', () => {
  it('removes abandoned uploads, temp files and stored files no row names; keeps every referenced file', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const live = await samplePdf({ text: 'attached and kept' });
    await upload(t, c.id, 'repair-application', 'kept.pdf', 'application/pdf', live);
    const notes = text('Facts, as told by the client.');
    const gone = await upload(t, c.id, 'statement-of-facts', 'notes.txt', 'text/plain', notes);
    const done = new Promise<ServerEvents['job.done']>((r) => t.backend.events.on('job.done', r));
    await t.ok('packets.start', { caseId: c.id, lang: 'en', reason: 'Test export' });
    const packet = (await done).packet!;
    // A removed file whose deletion a kill cut short: its row (marked removed) still names
    // the hash, the history keeps its name and hash; the bytes go.
    const removed = gone.checklist.find((i) => i.documentId === 'statement-of-facts')!.files[0]!;
    await t.ok('files.remove', { id: removed.id });
    storeDirectly(t.dir, notes);
    // Killed mid-upload (27 of 27 in the issue), mid-store, and between storing and recording.
    const uploads = join(t.dir, 'files', 'uploads');
    mkdirSync(uploads, { recursive: true });
    writeFileSync(join(uploads, randomUUID()), new Uint8Array(1500));
    writeFileSync(join(uploads, randomUUID()), new Uint8Array(500));
    writeFileSync(join(t.dir, 'files', 'tmp', `${randomUUID()}.tmp`), new Uint8Array(300));
    const orphan = storeDirectly(t.dir, text('stored, never recorded'));

    const report = await restart();
    expect(report).toEqual({
      temp: { removed: 1, bytes: 300 },
      uploads: { removed: 2, bytes: 2000 },
      unreferenced: { removed: 2, bytes: notes.length + 'stored, never recorded'.length },
      openCopies: { removed: 0, bytes: 0 },
    });
    expect(t.logs).toContainEqual(expect.objectContaining({ event: 'startup.sweep', ...report }));
    expect(storedFiles(t).sort()).toEqual([sha(live), packet.sha256].sort());
    expect(storedFiles(t)).not.toContain(orphan);
    expect(list(uploads)).toEqual([]);
    expect(list(join(t.dir, 'files', 'tmp'))).toEqual([]);
    expect((await t.ok('files.verify', { id: c.id })).files).toMatchObject([{ ok: true }]);
    expect((await t.ok('packets.read', { id: packet.id })).sha256).toBe(packet.sha256);

    // Nothing left to do: nothing removed, nothing logged.
    expect(Object.values(await restart()).every((r) => r.removed === 0)).toBe(true);
    expect(t.logs.filter((l) => l.event === 'startup.sweep')).toEqual([]);
  });

  it('never removes what an attach during the sweep is about to record', async () => {
    t = testBackend();
    const c = await samrCase(t);
    // Enough orphans that the sweep is still running while the attach comes in.
    const orphans = Array.from({ length: 150 }, (_, i) => text(`orphan ${i}`));
    orphans.forEach((o) => storeDirectly(t.dir, o));
    const wanted = await samplePdf({ text: 'an orphan attached again' });
    storeDirectly(t.dir, wanted);

    t.backend.close();
    t = testBackend({ dir: t.dir });
    const [detail, report] = await Promise.all([
      upload(t, c.id, 'repair-application', 'again.pdf', 'application/pdf', wanted),
      t.backend.swept,
    ]);
    expect(report.unreferenced.removed).toBeGreaterThanOrEqual(150);
    expect(detail.checklist.find((i) => i.documentId === 'repair-application')!.files).toHaveLength(
      1,
    );
    expect((await t.ok('files.verify', { id: c.id })).files).toMatchObject([{ ok: true }]);
  });

  it('keeps an upload this process began while the sweep ran', async () => {
    t = testBackend();
    const c = await samrCase(t);
    t.backend.close();
    t = testBackend({ dir: t.dir });
    const bytes = await samplePdf({ text: 'uploaded during start-up' });
    // begin runs before the sweep reaches the uploads folder.
    const detail = await upload(
      t,
      c.id,
      'repair-application',
      'early.pdf',
      'application/pdf',
      bytes,
    );
    await t.backend.swept;
    expect(detail.checklist.find((i) => i.documentId === 'repair-application')!.files).toHaveLength(
      1,
    );
    expect(storedFiles(t)).toEqual([sha(bytes)]);
  });

  it('removes the open-with copies of processes that no longer run, and of older versions', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'xiufu-temp-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const folder = (name: string) => {
      mkdirSync(join(tempDir, name, 'copy-abc123'), { recursive: true });
      writeFileSync(join(tempDir, name, 'copy-abc123', '申请书.pdf'), new Uint8Array(100));
      return name;
    };
    folder(`xiufu-open-${dead}-AbC123`);
    folder('xiufu-open-Legacy'); // an older version's mkdtemp name: no process id
    const running = folder(`xiufu-open-${process.ppid}-XyZ789`);
    const mine = folder(`xiufu-open-${process.pid}-Mine00`);
    const foreign = folder('other-app-abc');
    t = testBackend({ tempDir });
    expect((await t.backend.swept).openCopies).toEqual({ removed: 2, bytes: 200 });
    expect(readdirSync(tempDir).sort()).toEqual([foreign, mine, running].sort());
  });
});
