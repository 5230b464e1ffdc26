/**
 * What every exported spreadsheet shares, whatever the list: CSV in UTF-8 with a byte-order
 * mark (without it Excel reads UTF-8 as the local code page and Chinese turns to noise),
 * CRLF lines, and text a spreadsheet would run as a formula neutralised. The .xlsx writer
 * (jobs/export/xlsx-writer.ts) neutralises with the same rule.
 */
import Papa from 'papaparse';

export const CSV_BOM = '\uFEFF';

/**
 * Text starting with one of these is read as a formula by Excel, LibreOffice and Sheets
 * (OWASP's CSV injection list; papaparse's own escapeFormulae pattern).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet shows it, never runs it: a leading apostrophe before a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

const UNPARSE = { newline: '\r\n', escapeFormulae: FORMULA_START } as const;

/** Lines of CSV, each ended; numbers stay numbers (a negative number is not a formula). */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvCell[][], UNPARSE) + UNPARSE.newline;
}

/** The first line of a file: the byte-order mark and the column names. */
export function csvHeader(names: readonly string[]): string {
  return CSV_BOM + csvLines([names]);
}
