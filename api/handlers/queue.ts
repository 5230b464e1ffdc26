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
    for (const caseId of ctx.repos.cases.idsInStage('supplement')) {
      if (seen.has(caseId)) continue;
      const record = ctx.repos.cases.get(caseId)!;
      const listing = ctx.repos.listings.forCase(caseId).find((l) => l.archivedAt === null);
      const requested = ctx.repos.events
        .forCase(caseId)
        .filter((e) => e.type === 'supplementRequested')
        .at(-1);
      if (!listing || !requested) continue;
      items.push({
        caseId,
        clientName: record.clientName,
        clientIdNumber: record.clientIdNumber,
        stage: record.stage,
        assignee: record.assignee,
        listingId: listing.id,
        regimeId: listing.regimeId,
        authority: listing.authority,
        decisionNo: listing.decisionNo,
        kind: 'decisionDue',
        date: requested.date,
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
