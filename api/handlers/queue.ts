import { daysLeft } from '../../core/agenda';
import { today } from '../../core/today';
import type { QueueItem } from '../../core/types';
import type { HandlerTable } from './context';
import { calendarOf } from './evaluation';
import { DEADLINE_KINDS, refreshStale } from './refresh';

export const queueHandlers: HandlerTable<'queue.list'> = {
  /**
   * Every filed, accepted or supplement case: by its next authority deadline with the days
   * left, then the cases whose clock a supplement request stopped.
   */
  'queue.list': (_input, ctx) => {
    refreshStale(ctx);
    const now = today();
    const calendar = calendarOf(ctx);
    const seen = new Set<number>();
    const items: QueueItem[] = [];
    const rows = ctx.repos.caseDates.due({
      kinds: DEADLINE_KINDS,
      openOnly: true,
      stages: ['filed', 'accepted', 'supplement'],
      limit: 5000,
    });
    for (const row of rows) {
      if (seen.has(row.caseId)) continue;
      seen.add(row.caseId);
      const left = daysLeft(now, row.date, row.unit, calendar);
      items.push({
        ...row,
        daysLeft: left,
        status: left < 0 ? 'overdue' : left === 0 ? 'dueToday' : 'upcoming',
      });
    }
    // A pending supplement stops the clock: no deadline, but the case still waits on someone.
    for (const stopped of ctx.repos.supplements.stopped()) {
      if (seen.has(stopped.caseId)) continue;
      items.push({
        ...stopped,
        kind: 'decisionDue',
        done: false,
        provisional: false,
        unit: '',
        daysLeft: 0,
        status: 'stopped',
      });
    }
    return { today: now, items };
  },
};
