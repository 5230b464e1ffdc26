/**
 * A row of the reviewer queue as the screen and its export show it: a deadline with the
 * days left counted as the authority counts them, or a case whose clock a supplement
 * request stopped.
 */
import type { HolidayCalendar } from '../dates';
import type { DueItem, QueueItem } from '../types';
import { daysLeft } from './days-left';
import { dueStatus } from './nearest';

/** The stages in which a case waits on the authority. */
export const QUEUE_STAGES = ['filed', 'accepted', 'supplement'] as const;

export function queueItem(row: DueItem, today: string, calendar: HolidayCalendar): QueueItem {
  const left = daysLeft(today, row.date, row.unit, calendar);
  return { ...row, daysLeft: left, status: dueStatus(left) };
}

/** A pending supplement stops the clock: no deadline, but the case still waits on someone. */
export function stoppedItem(
  row: Omit<DueItem, 'kind' | 'done' | 'provisional' | 'unit'>,
): QueueItem {
  return {
    ...row,
    kind: 'decisionDue',
    done: false,
    provisional: false,
    unit: '',
    daysLeft: 0,
    status: 'stopped',
  };
}
