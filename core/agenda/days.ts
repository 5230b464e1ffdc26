/**
 * The agenda's month grid marks each day by how many dates fall on it, how many are
 * overdue and the most urgent status among them. The backend counts these for the whole
 * range at once, so the grid is right however few of the dates the list has loaded.
 */
import type { DateKind } from '../rules';
import { agendaStatus, type AgendaStatus } from './selection';

export interface DaySummary {
  date: string;
  count: number;
  overdue: number;
  /** The most urgent status of the day's dates. */
  status: AgendaStatus;
}

/** Dates of one day counted together: all share the same status. */
export interface DayCount {
  date: string;
  /** One kind of the group (deadline or milestone alike), enough to tell its status. */
  kind: DateKind;
  done: boolean;
  n: number;
}

/** Most urgent first: a day's marker takes the colour of its most urgent date. */
const URGENCY: AgendaStatus[] = ['overdue', 'dueToday', 'upcoming', 'done', 'past'];

/** The days in date order, from counts in date order. */
export function summariseDays(counts: readonly DayCount[], today: string): DaySummary[] {
  const days: DaySummary[] = [];
  for (const c of counts) {
    const status = agendaStatus(c, today);
    let day = days.at(-1);
    if (day?.date !== c.date) {
      day = { date: c.date, count: 0, overdue: 0, status };
      days.push(day);
    }
    day.count += c.n;
    if (status === 'overdue') day.overdue += c.n;
    if (URGENCY.indexOf(status) < URGENCY.indexOf(day.status)) day.status = status;
  }
  return days;
}
