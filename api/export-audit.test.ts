/**
 * The audit log's CSV export through dispatch: a worker writes exactly what the filters
 * select (every page), the file comes back in chunks with its byte-order mark and Chinese
 * intact; a cancelled export leaves no file; the export writes nothing to the data folder.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditFilter } from '../core/audit';
import type { ServerEvents } from './contract';
import { COMPANY, samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** Starts an export and waits for its end. */
async function exportCsv(filter: AuditFilter, lang: 'en' | 'zh' = 'en') {
  const ended = new Promise<ServerEvents['export.done']>((resolve) =>
    t.backend.events.on('export.done', resolve),
  );
  const r = await t.backend.dispatch(
    'exports.start',
    { list: 'audit', format: 'csv', filter },
    { lang },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const { jobId } = r.value as { jobId: string };
  return { jobId, done: await ended };
}

/** Reads the finished file back, chunk by chunk, as the renderer does. */
async function readBack(jobId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const chunk: { data: string; next: number | null } = await t.ok('exports.read', {
      jobId,
      offset,
    });
    parts.push(Buffer.from(chunk.data, 'base64'));
    offset = chunk.next;
  }
  return Buffer.concat(parts);
}

describe('exports.start: the audit log', () => {
  it('exports every entry the filters select, newest first, as UTF-8 with a BOM', async () => {
    t = testBackend();
    const c = await samrCase(t);
    for (let i = 0; i < 5; i++)
      await t.ok('cases.update', { id: c.id, notes: `备注 ${i}, "引号"` });
    const before = t.snapshot();

    const { jobId, done } = await exportCsv({ clientId: c.clientId }, 'zh');
    expect(done).toMatchObject({
      ok: true,
      items: 8,
      filename: expect.stringMatching(/^xiufu-audit-\d{4}-\d{2}-\d{2}\.csv$/),
    });
    const bytes = await readBack(jobId);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([
      '时间（Asia/Shanghai）',
      '操作人',
      '类型',
      '客户',
      '案件',
      '字段',
      '变更前',
      '变更后',
    ]);
    const notes = rows.filter((r) => r[5] === '备注');
    expect(notes.map((r) => r[7])).toEqual([4, 3, 2, 1, 0].map((i) => `备注 ${i}, "引号"`));
    expect(notes[0]).toEqual(
      expect.arrayContaining([COMPANY.name, `${COMPANY.name} #${c.id}`, '案件：修改']),
    );
    // Nothing was written to the data folder, and the file was removed once read.
    expect(t.snapshot()).toBe(before);
    await expect(t.backend.dispatch('exports.read', { jobId, offset: 0 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('exports only what a filter selects, and an empty selection as no file at all', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await t.ok('cases.update', { id: c.id, assignee: 'Zhao' });
    const { jobId, done } = await exportCsv({ entity: 'case', action: 'update' });
    expect(done).toMatchObject({ ok: true, items: 1 });
    const rows = Papa.parse<string[]>((await readBack(jobId)).toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows.slice(1).map((r) => [r[2], r[5], r[7]])).toEqual([
      ['Case: Updated', 'assignee', 'Zhao'],
    ]);

    const none = await exportCsv({ actor: 'Nobody' });
    expect(none.done).toMatchObject({ ok: true, items: 0 });
    expect(none.done.filename).toBeUndefined();
    await expect(
      t.backend.dispatch('exports.read', { jobId: none.jobId, offset: 0 }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a range that ends before it starts, writing nothing', async () => {
    t = testBackend();
    await samrCase(t);
    const before = t.snapshot();
    const r = await t.backend.dispatch('exports.start', {
      list: 'audit',
      format: 'csv',
      filter: { from: '2026-02-02', to: '2026-02-01' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'filter.to' } });
    expect(t.snapshot()).toBe(before);
  });

  it('cancels a running export, and refuses to cancel one that has ended', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'xiufu-audit-temp-'));
    t = testBackend({ tempDir: temp });
    await samrCase(t);
    const ended = new Promise<ServerEvents['export.done']>((resolve) =>
      t.backend.events.on('export.done', resolve),
    );
    const { jobId } = await t.ok('exports.start', { list: 'audit', format: 'csv', filter: {} });
    await t.ok('exports.cancel', { jobId });
    const done = await ended;
    // A log this small may be written before the cancel reaches the thread (the job's own
    // test cancels one mid-way); a cancelled one leaves no file.
    if (!done.ok) {
      expect(done).toMatchObject({ cancelled: true });
      const files = readdirSync(temp, { recursive: true, withFileTypes: true });
      expect(files.filter((f) => f.isFile())).toEqual([]);
    }
    const again = await t.backend.dispatch('exports.cancel', { jobId });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
