import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../dates';
import { dateOfDay, dayNumber } from '../dates/plain';
import { addDays, daysLeft } from './days-left';
import { workingDayCounter } from './working-days';

const calendar = officialCalendar();

describe('days left', () => {
  it.each([
    // Friday to Monday: one working day.
    ['2025-05-23', '2025-05-26', 'working', 1],
    // Over the Dragon Boat holiday (31 May–2 June 2025): 29 May → 6 June is 5 working days.
    ['2025-05-29', '2025-06-06', 'working', 5],
    ['2025-06-06', '2025-06-06', 'working', 0],
    // Overdue: 6 June → 10 June 2025 is 2 working days late.
    ['2025-06-10', '2025-06-06', 'working', -2],
    ['2025-05-29', '2025-06-06', 'calendar', 8],
    ['2025-06-10', '2025-06-06', '', -4],
  ] as const)('%s → %s (%s) = %i', (today, date, unit, expected) => {
    expect(daysLeft(today, date, unit, calendar)).toBe(expected);
  });

  it('adds plain days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('days left from prefix sums', () => {
  /** The day-by-day count the prefix sums replace, kept here as the reference. */
  const walked = (from: string, to: string) => {
    const [a, b] = [dayNumber(from), dayNumber(to)];
    const [lo, hi, sign] = b >= a ? [a, b, 1] : [b, a, -1];
    let n = 0;
    for (let d = lo + 1; d <= hi; d += 1) if (calendar.isWorkingDay(dateOfDay(d))) n += 1;
    return sign * n;
  };

  it('agrees with walking day by day, across years, holidays and make-up workdays', () => {
    const start = dayNumber('2023-12-20');
    for (let i = 0; i < 900; i += 7) {
      for (const span of [0, 1, 3, 15, 40, 200, 400, 800]) {
        const today = dateOfDay(start + i);
        const date = dateOfDay(start + i + span - 300);
        expect(daysLeft(today, date, 'working', calendar)).toBe(walked(today, date));
      }
    }
  });

  it('counts working days of a year without holiday data by the week', () => {
    // 2040: Monday 2 January to Monday 9 January is five working days.
    const counter = workingDayCounter(calendar);
    expect(counter.between(dayNumber('2040-01-02'), dayNumber('2040-01-09'))).toBe(5);
  });
});
