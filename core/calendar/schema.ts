/**
 * The schema of a holiday year typed in by the user from the State Council notice
 * (RULES.md §2.7). Shared by the form and the backend, like core/schemas.ts.
 */
import { z } from 'zod';
import { dayNumber, isPlainDate, isWeekendDay } from '../dates/plain';
import { officialCalendar, type HolidayCalendar, type UserYear } from '../dates/calendar';
import { encodeMessage as m } from '../messages';

export const MIN_USER_YEAR = 2000;
export const MAX_USER_YEAR = 2100;
export const MAX_HOLIDAY_NAME = 40;

const REQUIRED = m('field.required');

const dateText = z
  .string({ error: REQUIRED })
  .trim()
  .refine(isPlainDate, m('calendar.date', { example: '2027-10-01' }));

const holidayRange = z.object({
  start: dateText,
  end: dateText,
  name: z
    .string({ error: m('calendar.nameRequired') })
    .trim()
    .min(1, m('calendar.nameRequired'))
    .max(MAX_HOLIDAY_NAME, m('calendar.nameTooLong', { max: MAX_HOLIDAY_NAME })),
});

/**
 * Checks that need the whole year; each issue points at the field to fix. Zod runs
 * this even when a field already failed, so it skips what is not yet well formed.
 */
function checkYear(value: UserYear, ctx: z.RefinementCtx, official: HolidayCalendar): void {
  const { year } = value;
  if (!Number.isInteger(year) || year < MIN_USER_YEAR || year > MAX_USER_YEAR) return;
  if (official.hasYear(year)) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: m('calendar.yearOfficial', { year }) });
  }
  const inYear = (date: string, path: (string | number)[]) => {
    if (!isPlainDate(date)) return false;
    if (date.startsWith(`${year}-`)) return true;
    ctx.addIssue({ code: 'custom', path, message: m('calendar.outsideYear', { date, year }) });
    return false;
  };
  const ranges: { start: number; end: number; name: string; index: number }[] = [];
  value.holidays.forEach((h, index) => {
    const okStart = inYear(h.start, ['holidays', index, 'start']);
    const okEnd = inYear(h.end, ['holidays', index, 'end']);
    if (!okStart || !okEnd) return;
    const start = dayNumber(h.start);
    const end = dayNumber(h.end);
    if (end < start) {
      ctx.addIssue({
        code: 'custom',
        path: ['holidays', index, 'end'],
        message: m('calendar.rangeOrder', h),
      });
      return;
    }
    for (const other of ranges) {
      if (start <= other.end && other.start <= end) {
        const message = m('calendar.overlap', { first: other.name, second: h.name });
        ctx.addIssue({ code: 'custom', path: ['holidays', index, 'start'], message });
      }
    }
    ranges.push({ start, end, name: h.name, index });
  });
  const seen = new Set<string>();
  value.makeupWorkdays.forEach((date, index) => {
    const path = ['makeupWorkdays', index];
    if (!inYear(date, path)) return;
    const day = dayNumber(date);
    const holiday = ranges.find((r) => r.start <= day && day <= r.end);
    if (seen.has(date))
      ctx.addIssue({ code: 'custom', path, message: m('calendar.makeupDuplicate', { date }) });
    else if (!isWeekendDay(day))
      ctx.addIssue({ code: 'custom', path, message: m('calendar.makeupNotWeekend', { date }) });
    else if (holiday) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: m('calendar.makeupInHoliday', { date, name: holiday.name }),
      });
    }
    seen.add(date);
  });
}

/** A schema against a given official calendar (tests pass their own). */
export function userYearSchemaFor(official: HolidayCalendar) {
  const yearMessage = m('calendar.year', { min: MIN_USER_YEAR, max: MAX_USER_YEAR });
  return z
    .object({
      year: z
        .number({ error: yearMessage })
        .int(yearMessage)
        .min(MIN_USER_YEAR, yearMessage)
        .max(MAX_USER_YEAR, yearMessage),
      holidays: z.array(holidayRange),
      makeupWorkdays: z.array(dateText),
    })
    .superRefine((value, ctx) => checkYear(value, ctx, official));
}

export const userYearSchema = userYearSchemaFor(officialCalendar());

/** Several user years at once: each valid on its own, and no year twice. */
export const userYearsSchema = z.array(userYearSchema).superRefine((years, ctx) => {
  const seen = new Set<number>();
  years.forEach((y, index) => {
    if (seen.has(y.year)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'year'],
        message: m('calendar.yearDuplicate', { year: y.year }),
      });
    }
    seen.add(y.year);
  });
});

export interface CalendarIssue {
  /** Dotted path of the field, e.g. "holidays.0.end". */
  path: string;
  /** Encoded message; translate with core/messages translateMessage. */
  message: string;
}

export type UserYearResult = { ok: true; value: UserYear } | { ok: false; issues: CalendarIssue[] };

export function validateUserYear(input: unknown): UserYearResult {
  const parsed = userYearSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    })),
  };
}
