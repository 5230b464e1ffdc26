/**
 * Working days between two dates from prefix sums over the calendar: per year, the
 * running count of working days, built once for each year asked about. A count is then
 * a few array reads instead of a walk over every day between the two dates (the queue
 * asked this for every case, on every request).
 */
import type { HolidayCalendar } from '../dates';
import { dateOfDay, dayNumber } from '../dates/plain';

export interface WorkingDayCounter {
  /** Working days after `from` up to and including `to` (`to` ≥ `from`). */
  between(from: number, to: number): number;
}

interface YearSums {
  first: number;
  /** sums[i]: working days among the year's first i days; sums[length - 1] is the year's total. */
  sums: Int32Array;
}

export function workingDayCounter(calendar: HolidayCalendar): WorkingDayCounter {
  const years = new Map<number, YearSums>();
  const sumsOf = (year: number): YearSums => {
    let y = years.get(year);
    if (!y) {
      const first = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
      const days = dayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) - first;
      const sums = new Int32Array(days + 1);
      for (let i = 0; i < days; i++) {
        sums[i + 1] = sums[i]! + (calendar.isWorkingDay(dateOfDay(first + i)) ? 1 : 0);
      }
      y = { first, sums };
      years.set(year, y);
    }
    return y;
  };
  const yearOf = (day: number) => Number(dateOfDay(day).slice(0, 4));
  /** Working days from 1 January of the day's year through the day itself. */
  const throughDay = (day: number) => {
    const y = sumsOf(yearOf(day));
    return y.sums[day - y.first + 1]!;
  };
  return {
    between(from, to) {
      let n = throughDay(to) - throughDay(from);
      for (let year = yearOf(from); year < yearOf(to); year++) {
        const { sums } = sumsOf(year);
        n += sums[sums.length - 1]!;
      }
      return n;
    },
  };
}

const counters = new WeakMap<HolidayCalendar, WorkingDayCounter>();

/** One counter per calendar object, so a request that counts many dates builds each year once. */
export function countingFor(calendar: HolidayCalendar): WorkingDayCounter {
  let c = counters.get(calendar);
  if (!c) {
    c = workingDayCounter(calendar);
    counters.set(calendar, c);
  }
  return c;
}
