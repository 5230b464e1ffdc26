import { addDays, AUTHORITY_STAGES } from '../../core/agenda';
import { STAGES, type Stage } from '../../core/stages';
import { today } from '../../core/today';
import type { DueQuery } from '../../db/repositories/case-dates';
import type { HandlerContext, HandlerTable } from './context';
import { DEADLINE_KINDS, refreshStale } from './refresh';

const CLOSED: Stage[] = ['repaired', 'refused', 'closed', 'withdrawn'];
export { AUTHORITY_STAGES };
const NOT_FILED: readonly Stage[] = ['intake', 'waiting', 'preparing', 'ready'];

/** The dashboard's windows, shared with the reminders and the navigation badge. */
export function windows(now = today()) {
  const deadlines: DueQuery = { kinds: DEADLINE_KINDS, openOnly: true, stages: AUTHORITY_STAGES };
  const eligible: DueQuery = { kinds: ['mayApplyFrom'], openOnly: true, stages: NOT_FILED };
  return {
    overdue: { ...deadlines, to: addDays(now, -1) },
    dueToday: { ...deadlines, from: now, to: now },
    dueSoon: { ...deadlines, from: addDays(now, 1), to: addDays(now, 7) },
    // Milestones are stored with done = 0: openOnly keeps these on the (kind, done, date) index.
    eligible30: { ...eligible, from: now, to: addDays(now, 30) },
    eligible90: {
      ...eligible,
      from: addDays(now, 31),
      to: addDays(now, 90),
    },
  } satisfies Record<string, DueQuery>;
}

/** The navigation badge: one count over one index range (migration 0007). */
export function overdueCount(ctx: HandlerContext): number {
  return ctx.repos.caseDates.countAwaited(windows().overdue.to);
}

export const dashboardHandlers: HandlerTable<'dashboard.summary' | 'badge.get'> = {
  'badge.get': (_input, ctx) => {
    refreshStale(ctx);
    return { overdueCount: overdueCount(ctx) };
  },

  'dashboard.summary': (_input, ctx) => {
    refreshStale(ctx);
    const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
    for (const { stage, n } of ctx.repos.cases.countsByStage()) byStage[stage] = n;
    const cases = Object.values(byStage).reduce((a, b) => a + b, 0);
    const openCases = cases - CLOSED.reduce((a, s) => a + byStage[s], 0);
    const w = windows();
    const due = ctx.repos.caseDates;
    return {
      clients: ctx.repos.clients.count(),
      cases,
      openCases,
      byStage,
      today: today(),
      overdueCount: overdueCount(ctx),
      overdue: due.due({ ...w.overdue, limit: 100 }),
      dueToday: due.due({ ...w.dueToday, limit: 100 }),
      dueSoon: due.due({ ...w.dueSoon, limit: 100 }),
      eligible30: due.due({ ...w.eligible30, limit: 100 }),
      eligible90: due.due({ ...w.eligible90, limit: 100 }),
    };
  },
};
