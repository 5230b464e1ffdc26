/**
 * A picked file read into sheets (core/import/types.ts): a CSV decoded (UTF-8 or GB18030,
 * core/import/decode.ts) and parsed by papaparse; an .xlsx read by exceljs, every sheet
 * with a header row. Cells come out as text, numbers or empty; a date cell as YYYY-MM-DD.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { fromCellDate } from '../core/import/dates';
import { decodeCsv } from '../core/import/decode';
import type { Cell, ImportSheet } from '../core/import/types';

export class ImportRefusal extends Error {
  /** `message` is an encoded message (core/messages), translated where it is shown. */
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusal';
  }
}

const refusal = (key: string, params: Record<string, string | number>) =>
  new ImportRefusal(`${key}|${JSON.stringify(params)}`);

export const isSpreadsheet = (name: string) => /\.(csv|xlsx)$/i.test(name);

const blank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** The first row as headers, the rest as rows; a sheet with no header is left out. */
function sheetOf(file: string, name: string, table: Cell[][]): ImportSheet | null {
  const start = table.findIndex((r) => r.some((c) => !blank(c)));
  if (start < 0) return null;
  const headers = table[start]!.map((c) => (c === null ? '' : String(c).trim()));
  const width = headers.length;
  const rows = table.slice(start + 1).map((r) => {
    const row = r.slice(0, width);
    while (row.length < width) row.push(null);
    return row;
  });
  while (rows.length > 0 && rows.at(-1)!.every(blank)) rows.pop();
  return { file, name, headers, rows };
}

function readCsv(name: string, bytes: Uint8Array): ImportSheet[] {
  const { text } = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const table = parsed.data.map((r) => r.map((c): Cell => (c.trim() === '' ? null : c)));
  const sheet = sheetOf(name, name.replace(/\.csv$/i, ''), table);
  return sheet ? [sheet] : [];
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return fromCellDate(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

async function readXlsx(name: string, bytes: Uint8Array): Promise<ImportSheet[]> {
  // Loaded when an .xlsx comes: the jobs that only check or write rows start without it.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: ImportSheet[] = [];
  book.eachSheet((ws) => {
    const table: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      table[n - 1] = values.slice(1).map(cellOf);
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
    const sheet = sheetOf(name, ws.name, table);
    if (sheet) sheets.push(sheet);
  });
  return sheets;
}

export async function readSpreadsheet(name: string, bytes: Uint8Array): Promise<ImportSheet[]> {
  if (!isSpreadsheet(name)) throw refusal('import.fileType', { file: name });
  try {
    return /\.csv$/i.test(name) ? readCsv(name, bytes) : await readXlsx(name, bytes);
  } catch (err) {
    if (err instanceof ImportRefusal) throw err;
    throw refusal('import.fileUnreadable', {
      file: name,
      reason: err instanceof Error ? err.message : String(err),
    });
  }
}
