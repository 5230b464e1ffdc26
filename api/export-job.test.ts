/**
 * A list's export job on its own, on the audit log: batch after batch by keyset (no entry missed or written
 * twice, entries added meanwhile left out), and a cancel mid-way that leaves no file.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { samrCase, testBackend, type TestBackend } from './testing';
import { runListExport, type ListExportJob } from '../jobs/list-export';

let t: TestBackend;
afterEach(() => t?.backend.close());

async function setUp(notes: number) {
  t = testBackend();
  const c = await samrCase(t);
  for (let i = 0; i < notes; i++) await t.ok('cases.update', { id: c.id, notes: `n${i}` });
  return c.id;
}

const job = (batch: number): ListExportJob => ({
  dataDir: t.dir,
  selection: { list: 'audit', query: {} },
  format: 'csv',
  lang: 'en',
  zone: 'UTC',
  path: join(mkdtempSync(join(tmpdir(), 'xiufu-audit-job-')), 'log.csv'),
  batch,
});

const lines = (path: string) =>
  Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;

describe('runListExport (the audit log)', () => {
  it('writes the same file in batches of 3 as in one, each entry once', async () => {
    const caseId = await setUp(10);
    const small = job(3);
    const progress: [number, number][] = [];
    const r = await runListExport(small, new AbortController().signal, (d, n) =>
      progress.push([d, n]),
    );
    // The case, its listing and client: 3 entries, then 10 notes.
    expect(r.items).toBe(13);
    expect(progress.at(-1)).toEqual([13, 13]);
    const whole = job(1000);
    await runListExport(whole, new AbortController().signal, () => {});
    expect(readFileSync(small.path, 'utf8')).toBe(readFileSync(whole.path, 'utf8'));
    const notes = lines(small.path).filter((l) => l[5] === 'notes');
    expect(notes.map((l) => l[7])).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((i) => `n${i}`));
    expect(caseId).toBeGreaterThan(0);
  });

  it('leaves out entries added while it runs', async () => {
    const caseId = await setUp(6);
    const running = job(2);
    let added = false;
    await runListExport(running, new AbortController().signal, (done) => {
      if (done > 0 && !added) {
        added = true;
        void t.ok('cases.update', { id: caseId, notes: 'later' });
      }
    });
    const notes = lines(running.path).filter((l) => l[5] === 'notes');
    expect(notes.map((l) => l[7])).toEqual(['n5', 'n4', 'n3', 'n2', 'n1', 'n0']);
  });

  it('stops when cancelled mid-way and leaves no file, not even a partial one', async () => {
    await setUp(10);
    const cancelled = job(2);
    const controller = new AbortController();
    await expect(
      runListExport(cancelled, controller.signal, (done) => {
        if (done >= 4) controller.abort();
      }),
    ).rejects.toThrow();
    expect(existsSync(cancelled.path)).toBe(false);
    expect(existsSync(`${cancelled.path}.part`)).toBe(false);
  });
});
