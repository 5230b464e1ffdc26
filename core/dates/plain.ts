/**
 * Plain-date primitives shared by the counting functions. Everything here works on
 * calendar dates only (Temporal.PlainDate), so no time zone or DST can move a date.
 */
import { Temporal } from 'temporal-polyfill';

/** A length of time as the regulations state it: "one year", "three months", "15 days". */
export interface Span {
  years?: number;
  months?: number;
  days?: number;
}

/** Text in both of the app's languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates parsed before (PlainDate is immutable, so sharing is safe): evaluating many cases
 * parses the same few thousand days over and over. Emptied when full, to stay small.
 */
const parsed = new Map<string, Temporal.PlainDate>();

/** Parse YYYY-MM-DD strictly; anything else (2025-2-30, 2025-02-30, '') throws. */
export function parseDate(value: string, what = 'date'): Temporal.PlainDate {
  const known = parsed.get(value);
  if (known) return known;
  if (parsed.size >= 20_000) parsed.clear();
  const date = parseNew(value, what);
  parsed.set(value, date);
  return date;
}

function parseNew(value: string, what: string): Temporal.PlainDate {
  if (typeof value !== 'string' || !SHAPE.test(value)) {
    throw new Error(
      `Invalid ${what} "${String(value)}": expected YYYY-MM-DD, for example 2025-06-03.`,
    );
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new Error(`Invalid ${what} "${value}": there is no such day in the calendar.`);
  }
}

/** True for a real YYYY-MM-DD date; never throws. */
export function isPlainDate(value: string): boolean {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Day counts must be whole and not negative: a negative deadline is a data error, not a rule. */
export function assertCount(n: number, what = 'number of days'): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`Invalid ${what} ${String(n)}: expected a whole number of at least 0.`);
  }
}

export function assertSpan(span: Span): void {
  assertCount(span.years ?? 0, 'number of years');
  assertCount(span.months ?? 0, 'number of months');
  assertCount(span.days ?? 0, 'number of days');
}

/*
 * Day numbers: days since 1970-01-01 in the proleptic Gregorian calendar, by integer
 * arithmetic (H. Hinnant's civil algorithms). Day-by-day counting walks these rather
 * than Temporal objects because a Temporal add and toString cost ~10 µs a day, and a
 * case must evaluate in well under 1 ms. No JS Date is involved, so no time zone either.
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Parse YYYY-MM-DD strictly into a day number; throws like parseDate. */
export function dayNumber(value: string, what = 'date'): number {
  if (typeof value !== 'string' || !SHAPE.test(value)) parseDate(value, what);
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (d < 1 || d > monthLength(y, m)) parseDate(value, what);
  return civilDay(y, m, d);
}

function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

/** The day number of a valid year, month (1–12) and day. */
function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * `value` plus whole years and months, as a day number; a day the final month lacks becomes
 * its last day (Temporal's constrain overflow, Civil Code art. 202). `clamped` says so.
 */
export function addMonths(
  value: string,
  years: number,
  months: number,
  what = 'date',
): { day: number; clamped: boolean } {
  const start = dayNumber(value, what);
  if (years === 0 && months === 0) return { day: start, clamped: false };
  const total = Number(value.slice(5, 7)) - 1 + months + 12 * years;
  const y = Number(value.slice(0, 4)) + Math.floor(total / 12);
  const m = total - 12 * Math.floor(total / 12) + 1;
  const d = Number(value.slice(8, 10));
  const last = monthLength(y, m);
  return { day: civilDay(y, m, Math.min(d, last)), clamped: d > last };
}

/** The YYYY-MM-DD text of a day number. */
export function dateOfDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** ISO weekday, 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isWeekendDay(n: number): boolean {
  return weekdayOf(n) >= 6;
}
