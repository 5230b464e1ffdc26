/** The agenda's date range when the user has not chosen one. */
import { Temporal } from 'temporal-polyfill';
import { addDays } from './days-left';

export const DAYS_BACK = 30;

export interface DateRange {
  from: string;
  to: string;
}

const yearAfter = (date: string) => Temporal.PlainDate.from(date).add({ years: 1 }).toString();

/**
 * From 30 days ago to a year ahead, stretched back to the oldest overdue deadline so that
 * one is never out of sight; a given end is kept, and the other end placed around it.
 */
export function agendaRange(
  today: string,
  given: Partial<DateRange>,
  oldestOverdue: string | null,
): DateRange {
  const starts = [addDays(today, -DAYS_BACK), oldestOverdue, given.to].filter((d): d is string =>
    Boolean(d),
  );
  const from = given.from ?? starts.sort()[0]!;
  const to = given.to ?? yearAfter(from > today ? from : today);
  return { from, to };
}
