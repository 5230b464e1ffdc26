/**
 * .xlsx through exceljs's streaming writer (rows go to the file as they come, so a list of
 * any length costs little memory): typed cells — a date is a real date cell shown
 * `yyyy-mm-dd`, a number a number — a bold header row that stays frozen, an autofilter
 * over the columns, and widths that fit. Text a spreadsheet would run as a formula is
 * neutralised by the same rule as the CSV.
 */
import { createWriteStream, fsyncSync, openSync, closeSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { Temporal } from 'temporal-polyfill';
import type { CsvCell, ExportColumn } from '../../core/export';
import { neutralise } from '../../core/export';
import type { SheetWriter } from './writers';

export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A plain date as the spreadsheet's date: midnight UTC of its own fields (exceljs counts
 * days from the UTC epoch), never shifted by any zone — no date arithmetic.
 */
export function dateCell(text: string): Date {
  const d = Temporal.PlainDate.from(text);
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function cellValue(value: CsvCell, column: ExportColumn): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (column.type === 'date' && typeof value === 'string') return dateCell(value);
  if (typeof value === 'number') return value;
  return neutralise(value);
}

export function xlsxWriter(
  path: string,
  columns: readonly ExportColumn[],
  sheetName: string,
): SheetWriter {
  const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((c) => neutralise(c.name)));
  header.font = { bold: true };
  header.commit();

  return {
    rows(rows) {
      for (const cells of rows) {
        const row = sheet.addRow(cells.map((v, i) => cellValue(v, columns[i]!)));
        columns.forEach((c, i) => {
          if (c.type === 'date') row.getCell(i + 1).numFmt = DATE_FORMAT;
        });
        row.commit();
      }
      return Promise.resolve();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      if (!stream.closed) await once(stream, 'close');
      // exceljs ends the stream without a sync: make the finished file durable.
      const fd = openSync(path, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return statSync(path).size;
    },
    async abort() {
      stream.destroy();
      if (!stream.closed) await once(stream, 'close').catch(() => undefined);
      rmSync(path, { force: true });
    },
  };
}
