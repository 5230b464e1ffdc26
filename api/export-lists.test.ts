/**
 * Every list's export through dispatch: the list's own input decides what is exported (a
 * filtered export holds exactly the filtered rows), every page of the list is in it, the
 * columns are the screen's in the user's language (a stage as it reads, a masked ID number
 * masked), dates are date cells, and a cancel leaves no file.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idCardCheckChar, usccCheckChar } from '../core/ids';
import { runListExport } from '../jobs/list-export';
import type { Channel, Input, ServerEvents } from './contract';
import { LISTING, testBackend, type TestBackend } from './testing';

let t: TestBackend;

// Tuesday 2026-03-03 in China (only Date is faked; today() follows it).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-03T02:00:00Z'));
});
afterEach(() => {
  t?.backend.close();
  vi.useRealTimers();
});

const uscc = (n: number) => {
  const first = `9133010${String(n).padStart(10, '0')}`;
  return first + usccCheckChar(first);
};
const PERSON_ID = (() => {
  const first = '33010619900101123';
  return first + idCardCheckChar(first);
})();

/** Five clients (one a person), a case each; the first two filed with the authority. */
async function firm() {
  const names = [
    '杭州甲科技有限公司',
    '杭州乙贸易有限公司',
    '宁波丙制造有限公司',
    '温州丁服务有限公司',
  ];
  const clients = [];
  for (const [i, name] of names.entries())
    clients.push(await t.ok('clients.create', { kind: 'company', name, idNumber: uscc(i + 1) }));
  clients.push(await t.ok('clients.create', { kind: 'person', name: '张三', idNumber: PERSON_ID }));
  const cases = [];
  for (const [i, c] of clients.entries()) {
    cases.push(
      await t.ok('cases.create', {
        clientId: c.id,
        assignee: i % 2 === 0 ? 'Li Na' : 'Zhao Lei',
        listings: [{ ...LISTING, decisionDate: '2024-05-20', listingDate: '2024-06-03' }],
      }),
    );
  }
  for (const c of cases.slice(0, 2)) {
    for (const item of c.checklist)
      await t.ok('documents.set', {
        caseId: c.id,
        documentId: item.documentId,
        status: 'received',
        note: '',
      });
    await t.ok('events.add', {
      caseId: c.id,
      type: 'filed',
      date: '2026-02-02',
      channel: 'online',
    });
  }
  return { clients, cases };
}

type Start = Input<'exports.start'>;

/** Starts an export, waits for its end and reads the file back as the renderer does. */
async function exported(input: Start, lang: 'en' | 'zh' = 'en') {
  const ended = new Promise<ServerEvents['export.done']>((resolve) =>
    t.backend.events.on('export.done', resolve),
  );
  const r = await t.backend.dispatch('exports.start', input, { lang });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const done = await ended;
  const parts: Buffer[] = [];
  for (let offset: number | null = done.items ? 0 : null; offset !== null;) {
    const chunk: Output = await t.ok('exports.read', { jobId: done.jobId, offset });
    parts.push(Buffer.from(chunk.data, 'base64'));
    offset = chunk.next;
  }
  return { done, bytes: Buffer.concat(parts) };
}
type Output = { data: string; next: number | null };

const csvRows = (bytes: Buffer) =>
  Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true })
    .data;

async function sheetRows(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { sheet, rows };
}

/** Every item of a list, page after page of two, as the screen would load them all. */
async function everything<C extends Channel>(channel: C, input: Input<C>) {
  const items: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = (await t.ok(channel, { ...input, limit: 2, cursor } as Input<C>)) as {
      items: unknown[];
      nextCursor: string | null;
    };
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('exports.start', () => {
  it('cases: the filtered rows only, the screen’s columns in Chinese, dates as date cells', async () => {
    t = testBackend();
    await firm();
    const filter = {
      search: '有限公司',
      stage: 'filed',
      sort: 'client',
      direction: 'asc',
    } as const;
    const shown = (await everything('cases.list', filter)) as { clientName: string }[];
    expect(shown).toHaveLength(2);
    const { done, bytes } = await exported({ list: 'cases', format: 'xlsx', filter }, 'zh');
    expect(done).toMatchObject({ ok: true, items: 2, filename: 'xiufu-cases-2026-03-03.xlsx' });
    const { sheet, rows } = await sheetRows(bytes);
    expect(rows[0]).toEqual([
      '客户',
      '证件号码',
      '阶段',
      '记录数',
      '负责人',
      '下一个日期',
      '更新日期',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown.map((c) => c.clientName));
    expect(rows[1]![2]).toBe('已提交');
    expect(rows[1]![3]).toBe(1);
    const updated = sheet.getCell('G2');
    expect(updated.type).toBe(ExcelJS.ValueType.Date);
    expect(updated.value).toEqual(new Date(Date.UTC(2026, 2, 3)));
    expect(updated.numFmt).toBe('yyyy-mm-dd');
  });

  it('cases: every page of the list, in its order, masked ID numbers masked', async () => {
    t = testBackend();
    await firm();
    const filter = { sort: 'client', direction: 'desc' } as const;
    const shown = (await everything('cases.list', filter)) as {
      clientName: string;
      clientIdNumber: string;
    }[];
    expect(shown).toHaveLength(5);
    const { bytes } = await exported({ list: 'cases', format: 'csv', filter });
    const rows = csvRows(bytes);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(
      shown.map((c) => [c.clientName, c.clientIdNumber]),
    );
    const person = rows.find((r) => r[0] === '张三')!;
    expect(person[1]).not.toContain(PERSON_ID.slice(6, 14));
    expect(person[1]).toBe(shown.find((c) => c.clientName === '张三')!.clientIdNumber);
  });

  it('clients: the search and kind the list has, nothing else', async () => {
    t = testBackend();
    await firm();
    const { bytes } = await exported({
      list: 'clients',
      format: 'csv',
      filter: { search: '', kind: 'person' },
    });
    expect(csvRows(bytes)).toEqual([
      ['Name', 'Identifier', 'Kind'],
      ['张三', expect.any(String), 'Person'],
    ]);
    expect(csvRows(bytes)[1]![1]).not.toBe(PERSON_ID);
    const companies = await exported({
      list: 'clients',
      format: 'xlsx',
      filter: { search: '有限公司', kind: 'company' },
    });
    const { rows } = await sheetRows(companies.bytes);
    expect(rows).toHaveLength(5);
  });

  it('queue: every case waiting on the authority, with typed days left', async () => {
    t = testBackend();
    await firm();
    const shown = (await everything('queue.list', {})) as {
      clientName: string;
      daysLeft: number;
    }[];
    expect(shown).toHaveLength(2);
    const { done, bytes } = await exported({ list: 'queue', format: 'xlsx', filter: {} });
    expect(done).toMatchObject({ ok: true, items: 2 });
    const { sheet, rows } = await sheetRows(bytes);
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual(
      shown.map((q) => [q.clientName, q.daysLeft]),
    );
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
  });

  it('queue: a case whose clock a supplement request stopped, when no deadline is open', async () => {
    t = testBackend();
    const { cases } = await firm();
    for (const c of cases.slice(0, 2)) {
      await t.ok('events.add', { caseId: c.id, type: 'accepted', date: '2026-02-03' });
      await t.ok('events.add', {
        caseId: c.id,
        type: 'supplementRequested',
        date: '2026-02-10',
        what: '营业执照副本',
      });
    }
    const shown = (await everything('queue.list', {})) as { status: string }[];
    expect(shown.map((q) => q.status)).toEqual(['stopped', 'stopped']);
    const { done, bytes } = await exported({ list: 'queue', format: 'csv', filter: {} });
    expect(done).toMatchObject({ ok: true, items: 2 });
    expect(
      csvRows(bytes)
        .slice(1)
        .map((r) => [r[1], r[2], r[3], r[4]]),
    ).toEqual([
      ['Supplement requested', '2026-02-10', '', 'Clock stopped until the material arrives'],
      ['Supplement requested', '2026-02-10', '', 'Clock stopped until the material arrives'],
    ]);
  });

  it('agenda: the range and filters of the calendar, all its dates', async () => {
    t = testBackend();
    await firm();
    const filter = { assignee: 'Li Na', from: '2024-01-01', to: '2030-12-31' };
    const shown = (await everything('agenda.list', filter)) as { date: string }[];
    expect(shown.length).toBeGreaterThan(2);
    const { done, bytes } = await exported({ list: 'agenda', format: 'csv', filter });
    expect(done).toMatchObject({ ok: true, items: shown.length });
    expect(
      csvRows(bytes)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(shown.map((d) => d.date));
    const one = await exported({
      list: 'agenda',
      format: 'csv',
      filter: { ...filter, day: shown[0]!.date },
    });
    expect(one.done.items).toBe(shown.filter((d) => d.date === shown[0]!.date).length);
  });

  it('says there is nothing to export, with no file, when nothing matches', async () => {
    t = testBackend();
    await firm();
    const { done } = await exported({
      list: 'cases',
      format: 'xlsx',
      filter: { search: '没有这个客户' },
    });
    expect(done).toEqual({ jobId: done.jobId, list: 'cases', ok: true, items: 0 });
  });

  it('refuses a filter its list would refuse, writing nothing', async () => {
    t = testBackend();
    await firm();
    const before = t.snapshot();
    const r = await t.backend.dispatch('exports.start', {
      list: 'agenda',
      format: 'xlsx',
      filter: { from: '2026-02-02', to: '2026-02-01' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'filter.to' } });
    const bad = await t.backend.dispatch('exports.start', {
      list: 'cases',
      format: 'pdf',
      filter: {},
    } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', field: 'format' } });
    expect(t.snapshot()).toBe(before);
  });
});

describe('runListExport', () => {
  it('reads batch after batch to the end, and a cancel mid-way leaves no file', async () => {
    t = testBackend();
    await firm();
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-export-job-'));
    const job = (name: string, batch: number) => ({
      dataDir: t.dir,
      selection: {
        list: 'cases' as const,
        query: {
          search: '',
          archived: false,
          sort: 'updated' as const,
          direction: 'desc' as const,
        },
      },
      format: 'xlsx' as const,
      lang: 'en' as const,
      zone: 'Asia/Shanghai',
      path: join(dir, name),
      batch,
    });
    const progress: number[] = [];
    const whole = await runListExport(job('all.xlsx', 2), new AbortController().signal, (d) =>
      progress.push(d),
    );
    expect(whole.items).toBe(5);
    expect(progress).toEqual([0, 2, 4, 5]);

    const controller = new AbortController();
    const cancelled = job('cancelled.xlsx', 1);
    await expect(
      runListExport(cancelled, controller.signal, (done) => {
        if (done >= 2) controller.abort();
      }),
    ).rejects.toThrow();
    expect(existsSync(cancelled.path)).toBe(false);
    expect(readdirSync(dir)).toEqual(['all.xlsx']);
  });
});
