/** How far a date is from today, counted the way the authority counts it. */
import type { HolidayCalendar } from '../dates';
import { dateOfDay, dayNumber } from '../dates/plain';
import { countingFor } from './working-days';

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
  const counter = countingFor(calendar);
  return to >= from ? counter.between(from, to) : -counter.between(to, from);
}
