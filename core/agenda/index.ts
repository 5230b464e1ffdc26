/** The agenda across cases: days left on deadlines and the .ics export. */
export { addDays, daysLeft } from './days-left';
export { agendaToIcs, icsUid, type AgendaEntry } from './ics';
export { DATE_KIND_LABELS } from './labels';
export { AUTHORITY_STAGES, DEADLINE_KINDS, nextDue, type DatedItem } from './next-due';
