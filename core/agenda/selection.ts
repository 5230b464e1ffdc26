/**
 * Which computed dates the agenda (list, month grid, .ics) shows, and how each is marked.
 * Every date of an open case is shown, past and overdue ones included; a repaired case
 * keeps only the authority's publicity-stop deadline (its waits and automatic end no
 * longer matter); a withdrawn or closed case shows nothing.
 */
import type { DateKind } from '../rules';
import type { Stage } from '../stages';
import type { DueItem } from '../types';

/** Dates the authority must meet; the others are milestones (may apply from, automatic end). */
export const DEADLINE_KINDS: readonly DateKind[] = [
  'acceptanceDue',
  'decisionDue',
  'publicityStopDue',
];

export const isDeadline = (kind: DateKind): boolean => DEADLINE_KINDS.includes(kind);

/** The agenda's rule as data, so the repository can apply it in SQL on its index. */
export const AGENDA_VISIBILITY: {
  hiddenStages: readonly Stage[];
  onlyKinds: Partial<Record<Stage, readonly DateKind[]>>;
} = {
  hiddenStages: ['withdrawn', 'closed'],
  onlyKinds: { repaired: ['publicityStopDue'] },
};

/**
 * overdue: a deadline passed without its event; dueToday: today; upcoming: later;
 * done: a deadline met (the event was logged); past: a milestone already reached.
 */
export const AGENDA_STATUSES = ['overdue', 'dueToday', 'upcoming', 'done', 'past'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export type AgendaItem = DueItem & { status: AgendaStatus };

export function agendaStatus(
  d: Pick<DueItem, 'kind' | 'date' | 'done'>,
  today: string,
): AgendaStatus {
  if (isDeadline(d.kind) && d.done) return 'done';
  if (d.date === today) return 'dueToday';
  if (d.date > today) return 'upcoming';
  return isDeadline(d.kind) ? 'overdue' : 'past';
}

/** A reminder before a date is useful only while something is still to be done about it. */
export const needsReminder = (status: AgendaStatus): boolean =>
  status !== 'done' && status !== 'past';
