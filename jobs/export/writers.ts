/**
 * The two file formats an export writes, behind one interface so that every list is
 * written the same way: a header in the user's language, then rows a batch at a time,
 * then `finish`; `abort` removes what was written.
 */
import { closeSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import type { ExportColumn, ExportFormat, ExportRow } from '../../core/export';
import { csvHeader, csvLines } from '../../core/export';
import { xlsxWriter } from './xlsx-writer';

export interface SheetWriter {
  rows(rows: readonly ExportRow[]): Promise<void>;
  /** Completes the file (flushed to disk); answers its size in bytes. */
  finish(): Promise<number>;
  /** Stops and removes the file, whatever was written of it. */
  abort(): Promise<void>;
}

/** CSV: UTF-8 with a byte-order mark, each batch appended as it comes. */
export function csvWriter(path: string, columns: readonly ExportColumn[]): SheetWriter {
  let fd: number | null = openSync(path, 'wx', 0o600);
  writeSync(fd, csvHeader(columns.map((c) => c.name)));
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    rows(rows) {
      if (fd !== null && rows.length > 0) writeSync(fd, csvLines(rows));
      return Promise.resolve();
    },
    finish() {
      fsyncSync(fd!);
      close();
      return Promise.resolve(statSync(path).size);
    },
    abort() {
      close();
      rmSync(path, { force: true });
      return Promise.resolve();
    },
  };
}

export function openWriter(
  format: ExportFormat,
  path: string,
  columns: readonly ExportColumn[],
  sheetName: string,
): SheetWriter {
  return format === 'csv' ? csvWriter(path, columns) : xlsxWriter(path, columns, sheetName);
}
