/** What an import reads, how its columns map, and what its preview says (docs/import.md). */
import type { ColumnTarget, ImportField } from './fields';

/** A cell as read: text, a number, or empty. Date cells arrive as YYYY-MM-DD text. */
export type Cell = string | number | null;

export interface ImportSheet {
  /** The file's name and the sheet's (a CSV has one sheet, named after the file). */
  file: string;
  name: string;
  headers: string[];
  /** The data rows; row i is the spreadsheet's row i + 2 (the headers are row 1). */
  rows: Cell[][];
}

/** A column's target, keyed by its normalised header (core/import/headers.ts). */
export type Mapping = Record<string, ColumnTarget>;

/** One row of one sheet: the sheet's index, and the row's number as the spreadsheet shows it. */
export interface RowRef {
  sheet: number;
  row: number;
}

export type Severity = 'error' | 'warning' | 'note';

export interface RowProblem extends RowRef {
  /** The field, and so the cell, the problem is in; null for the row as a whole. */
  field: ImportField | null;
  severity: Severity;
  /** An encoded message (core/messages): translated where it is shown. */
  message: string;
}

export const rowKey = (r: RowRef): string => `${r.sheet}:${r.row}`;
