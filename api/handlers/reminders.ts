import type { DueItem } from '../../core/types';
import type { HandlerTable } from './context';
import { windows } from './dashboard';
import { refreshStale } from './refresh';

export const reminderHandlers: HandlerTable<'reminders.poll'> = {
  /**
   * The dates that fell due today or became overdue and were not announced yet; each is
   * announced once, ever (the record survives restarts). Nothing when reminders are off,
   * nor when the folder is read-only: an announcement that cannot be recorded would be
   * repeated every minute.
   */
  'reminders.poll': (_input, ctx) => {
    if (ctx.readOnly || !ctx.repos.settings.get().notifications) return { items: [] };
    refreshStale(ctx);
    const w = windows();
    const fresh: (DueItem & { status: 'dueToday' | 'overdue' })[] = [];
    for (const [status, query] of [
      ['dueToday', w.dueToday],
      ['overdue', w.overdue],
    ] as const) {
      for (const item of ctx.repos.caseDates.due({ ...query, limit: 200 })) {
        const key = {
          caseId: item.caseId,
          listingId: item.listingId,
          kind: item.kind,
          date: item.date,
          status,
        };
        if (ctx.repos.reminders.wasSent(key)) continue;
        fresh.push({ ...item, status });
      }
    }
    ctx.repos.transaction(() => {
      for (const i of fresh) {
        ctx.repos.reminders.markSent({
          caseId: i.caseId,
          listingId: i.listingId,
          kind: i.kind,
          date: i.date,
          status: i.status,
        });
      }
    });
    return { items: fresh };
  },
};
