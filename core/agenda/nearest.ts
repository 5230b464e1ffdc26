/** A case's next date as its page shows it: what it is, and how far, counted as the authority counts. */
import type { HolidayCalendar } from '../dates';
import type { DateKind } from '../rules';
import type { Stage } from '../stages';
import { daysLeft } from './days-left';
import { nextDueItem, type DatedItem } from './next-due';

export type DueStatus = 'overdue' | 'dueToday' | 'upcoming';

export interface NearestDate {
  listingId: number;
  kind: DateKind;
  date: string;
  /** How the authority counts it: working or calendar days; '' for milestones. */
  unit: 'working' | 'calendar' | '';
  /** Negative once it has passed. */
  daysLeft: number;
  status: DueStatus;
}

export const dueStatus = (left: number): DueStatus =>
  left < 0 ? 'overdue' : left === 0 ? 'dueToday' : 'upcoming';

/** The date nextDue() picks (the one the Cases list sorts by), with the days left to it. */
export function nearestDate(
  dates: readonly (DatedItem & Pick<NearestDate, 'listingId' | 'unit'>)[],
  stage: Stage,
  today: string,
  calendar: HolidayCalendar,
): NearestDate | null {
  const next = nextDueItem(dates, stage, today);
  if (!next) return null;
  const left = daysLeft(today, next.date, next.unit, calendar);
  const { listingId, kind, date, unit } = next;
  return { listingId, kind, date, unit, daysLeft: left, status: dueStatus(left) };
}
