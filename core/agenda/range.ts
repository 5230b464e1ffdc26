/** The agenda's date range when the user has not chosen one. */
import { addDays } from './days-left';

export const DAYS_BACK = 30;
export const DAYS_AHEAD = 365;

export interface DateRange {
  from: string;
  to: string;
}

/**
 * From 30 days ago to a year ahead, stretched back to the oldest overdue deadline so that
 * one is never out of sight; a given end is kept, and the other end placed around it.
 */
export function agendaRange(
  today: string,
  given: Partial<DateRange>,
  oldestOverdue: string | null,
): DateRange {
  const candidates = [addDays(today, -DAYS_BACK), oldestOverdue, given.to].filter(
    (d): d is string => Boolean(d),
  );
  const from = given.from ?? candidates.sort()[0]!;
  const to = given.to ?? addDays(from > today ? from : today, DAYS_AHEAD);
  return { from, to };
}
