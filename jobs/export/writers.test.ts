/**
 * The two writers every list's export goes through: CSV with its byte-order mark and
 * Chinese intact, formulas neutralised in both formats, and .xlsx cells typed — a date a
 * real date cell shown yyyy-mm-dd, a number a number — under a frozen, filtered header.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportColumn, ExportRow } from '../../core/export';
import { csvWriter } from './writers';
import { dateCell, xlsxWriter } from './xlsx-writer';

const COLUMNS: ExportColumn[] = [
  { name: '客户', type: 'text', width: 30 },
  { name: '日期', type: 'date', width: 12 },
  { name: '剩余天数', type: 'number', width: 10 },
];
const ROWS: ExportRow[] = [
  ['杭州示例科技有限公司', '2026-02-28', -3],
  ['=HYPERLINK("http://x","点我")', '2024-02-29', 0],
  ['+86 571, "引号"', null, null],
];

const path = (name: string) => join(mkdtempSync(join(tmpdir(), 'xiufu-writer-')), name);

describe('csvWriter', () => {
  it('writes a BOM, the header and the rows, Chinese intact and formulas neutralised', async () => {
    const file = path('x.csv');
    const w = csvWriter(file, COLUMNS);
    await w.rows(ROWS.slice(0, 1));
    await w.rows(ROWS.slice(1));
    const size = await w.finish();
    const bytes = readFileSync(file);
    expect(size).toBe(bytes.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ['客户', '日期', '剩余天数'],
      ['杭州示例科技有限公司', '2026-02-28', '-3'],
      [`'=HYPERLINK("http://x","点我")`, '2024-02-29', '0'],
      [`'+86 571, "引号"`, '', ''],
    ]);
  });

  it('removes what it wrote when aborted', async () => {
    const file = path('x.csv');
    const w = csvWriter(file, COLUMNS);
    await w.rows(ROWS);
    await w.abort();
    expect(existsSync(file)).toBe(false);
  });
});

describe('xlsxWriter', () => {
  it('types its cells: dates as dates shown yyyy-mm-dd, numbers as numbers', async () => {
    const file = path('x.xlsx');
    const w = xlsxWriter(file, COLUMNS, '案件');
    await w.rows(ROWS);
    await w.finish();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('案件')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '客户', '日期', '剩余天数']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const date = sheet.getCell('B2');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.value).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    // A leap day stays itself: built from its fields, no arithmetic.
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBe(-3);
    expect(sheet.getCell('A2').value).toBe('杭州示例科技有限公司');
    // A formula stays text, and the text says so.
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').value).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(sheet.getCell('A4').value).toBe(`'+86 571, "引号"`);
    expect(sheet.getCell('B4').value).toBeNull();
    // The header stays in view and filters; the widths are the columns'.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBe(30);
  });

  it('removes what it wrote when aborted', async () => {
    const file = path('x.xlsx');
    const w = xlsxWriter(file, COLUMNS, 'x');
    await w.rows(ROWS);
    await w.abort();
    expect(existsSync(file)).toBe(false);
  });

  it('builds a date cell from the plain date’s own fields, whatever the machine’s zone', () => {
    expect(dateCell('2026-12-01').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(dateCell('1999-12-31').getUTCDate()).toBe(31);
  });
});
