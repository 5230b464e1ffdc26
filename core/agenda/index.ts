/** The agenda across cases: which dates it shows and how they are marked, and the .ics export. */
export { addDays, daysLeft } from './days-left';
export { agendaToIcs, icsUid, type AgendaEntry } from './ics';
export { AGENDA_STATUS_LABELS, DATE_KIND_LABELS } from './labels';
export { agendaRange, DAYS_BACK, type DateRange } from './range';
export {
  AGENDA_STATUSES,
  AGENDA_VISIBILITY,
  agendaStatus,
  DEADLINE_KINDS,
  isDeadline,
  needsReminder,
  type AgendaItem,
  type AgendaStatus,
} from './selection';
export { AUTHORITY_STAGES, nextDue, nextDueItem, type DatedItem } from './next-due';
export { dueStatus, nearestDate, type DueStatus, type NearestDate } from './nearest';
export { summariseDays, type DayCount, type DaySummary } from './days';
export { QUEUE_STAGES, queueItem, stoppedItem } from './queue-item';
