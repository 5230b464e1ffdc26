import type { MantineColor } from '@mantine/core';
import type { AgendaItem, AgendaStatus } from '../../../core/agenda';

/** How each status looks, in the list's badges and the month grid's markers alike. */
export const STATUS_COLOR: Record<AgendaStatus, MantineColor> = {
  overdue: 'red',
  dueToday: 'orange',
  upcoming: 'teal',
  done: 'gray',
  past: 'gray',
};

/** Most urgent first: a day's marker takes the colour of its most urgent date. */
const URGENCY: AgendaStatus[] = ['overdue', 'dueToday', 'upcoming', 'done', 'past'];

export interface DaySummary {
  count: number;
  overdue: number;
  status: AgendaStatus;
}

/** The dates of each day, for the month grid. */
export function summariseDays(items: readonly AgendaItem[]): Map<string, DaySummary> {
  const days = new Map<string, DaySummary>();
  for (const item of items) {
    const day = days.get(item.date) ?? { count: 0, overdue: 0, status: item.status };
    day.count += 1;
    if (item.status === 'overdue') day.overdue += 1;
    if (URGENCY.indexOf(item.status) < URGENCY.indexOf(day.status)) day.status = item.status;
    days.set(item.date, day);
  }
  return days;
}
