/**
 * Dates as spreadsheets hold them, read into `YYYY-MM-DD` (a Temporal PlainDate's string):
 * ISO dates, `YYYY/M/D`, `YYYY.M.D`, `YYYY年M月D日`, Excel serial numbers, and the Date
 * objects exceljs gives for date-formatted cells. Anything else, or a day that does not
 * exist (2025-02-30), is not read: the caller names the cell.
 */
import { Temporal } from 'temporal-polyfill';

export type DateCell = string | number | Date | null | undefined;

/** Day 0 of Excel's 1900 system is 1899-12-31; serial 60 is the 29 February 1900 that never was. */
const EXCEL_EPOCH = Temporal.PlainDate.from('1899-12-31');
/** Excel writes serials up to 9999-12-31. */
const MAX_SERIAL = 2958465;

function fromParts(y: number, m: number, d: number): string | null {
  try {
    return Temporal.PlainDate.from(
      { year: y, month: m, day: d },
      { overflow: 'reject' },
    ).toString();
  } catch {
    return null;
  }
}

/**
 * An Excel serial day number to a date. Excel counts 1900 as a leap year (a bug kept from
 * Lotus 1-2-3), so serials from 61 on are one day ahead of a true count, and 60 names no
 * real day. A fraction is a time of day and is dropped.
 */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  return EXCEL_EPOCH.add({ days: day > 60 ? day - 1 : day }).toString();
}

/**
 * exceljs gives a date cell as a Date at midnight UTC of the day shown: its UTC fields are
 * the day (no arithmetic, no time zone).
 */
export function fromCellDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
];

/** Full-width digits and separators (typed with a Chinese input method) read as ASCII. */
const toHalfWidth = (s: string) =>
  s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The date a cell holds, as YYYY-MM-DD; '' for an empty cell; null when it is no date. */
export function readDate(cell: DateCell): string | null {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return fromCellDate(cell);
  if (typeof cell === 'number') return fromExcelSerial(cell);
  const text = toHalfWidth(cell).replace(/\s+/g, '');
  if (text === '') return '';
  // A time after the day ("2025-06-03 00:00:00", "2025-06-03T00:00") is dropped.
  const day = text.replace(/(\d)(T|(?<=日))?\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '$1');
  for (const p of PATTERNS) {
    const m = p.exec(day);
    if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // A serial number that arrived as text (a CSV saved from Excel with a General column).
  if (/^\d{4,7}(\.\d+)?$/.test(day)) return fromExcelSerial(Number(day));
  return null;
}
