import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar, withUserYears } from './calendar';
import { addCalendarDays, addWorkingDays } from './count';
import { Temporal } from 'temporal-polyfill';
import { eligibleFrom, explainPeriodEnd, periodEnd } from './period';
import { dateOfDay, dayNumber } from './plain';

const cal = officialCalendar();
const FIRST = dayNumber('2004-01-01');
const LAST = dayNumber('2026-10-31');
const date = fc.integer({ min: FIRST, max: LAST }).map(dateOfDay);
const count = fc.integer({ min: 0, max: 40 });

describe('counting properties', () => {
  it('day numbers round-trip across four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(dayNumber(dateOfDay(n))).toBe(n);
      }),
    );
  });

  it('a working-day result is a working day after the start (n ≥ 1)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const due = addWorkingDays(start, n, cal).date;
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(due > start).toBe(true);
      }),
    );
  });

  it('results grow with n', () => {
    fc.assert(
      fc.property(date, count, (start, n) => {
        expect(addWorkingDays(start, n + 1, cal).date > addWorkingDays(start, n, cal).date).toBe(
          true,
        );
        expect(addCalendarDays(start, n + 1, cal).date >= addCalendarDays(start, n, cal).date).toBe(
          true,
        );
      }),
    );
  });

  it('a calendar-day result is never a rest day and never before start + n', () => {
    fc.assert(
      fc.property(date, count, (start, n) => {
        const due = addCalendarDays(start, n, cal).date;
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(dayNumber(due) >= dayNumber(start) + n).toBe(true);
      }),
    );
  });

  it('periodEnd never overflows the final month', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 23 }),
        (start, years, months) => {
          const end = periodEnd(start, { years, months });
          const target =
            (Number(start.slice(0, 4)) + years) * 12 + Number(start.slice(5, 7)) - 1 + months;
          expect(Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - 1).toBe(target);
          expect(Number(end.slice(8))).toBeLessThanOrEqual(Number(start.slice(8)));
        },
      ),
    );
  });

  it('periods on day numbers end where Temporal ends them (constrain overflow, then days)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2199-12-31') }).map(dateOfDay),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 400 }),
        (start, years, months, days) => {
          const from = Temporal.PlainDate.from(start);
          const monthEnd = from.add({ years, months }, { overflow: 'constrain' });
          const end = monthEnd.add({ days });
          expect(explainPeriodEnd(start, { years, months, days }).steps[1]).toEqual({
            kind: 'periodEnd',
            span: { years, months, days },
            end: end.toString(),
            lastDayOfMonth: monthEnd.day !== from.day,
          });
          expect(eligibleFrom(start, { years, months, days })).toBe(
            end.add({ days: 1 }).toString(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an entered year never makes a count provisional', () => {
    const cal2027 = withUserYears(cal, [{ year: 2027, holidays: [], makeupWorkdays: [] }]);
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2026-06-01'), max: dayNumber('2027-10-31') }),
        count,
        (d, n) => {
          expect(addWorkingDays(dateOfDay(d), n, cal2027).provisional).toBe(false);
        },
      ),
    );
  });
});
