/** How far a date is from today, counted the way the authority counts it. */
import type { HolidayCalendar } from '../dates';
import { dateOfDay, dayNumber } from '../dates/plain';

export function addDays(date: string, n: number): string {
  return dateOfDay(dayNumber(date) + n);
}

/**
 * Days left until `date` (negative once it has passed). For working-day deadlines only
 * working days count: due Monday seen on Friday is 1 working day away.
 */
export function daysLeft(
  today: string,
  date: string,
  unit: 'working' | 'calendar' | '',
  calendar: HolidayCalendar,
): number {
  const from = dayNumber(today);
  const to = dayNumber(date);
  if (unit !== 'working') return to - from;
  const [lo, hi, sign] = to >= from ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let d = lo + 1; d <= hi; d += 1) if (calendar.isWorkingDay(dateOfDay(d))) n += 1;
  return sign * n;
}
