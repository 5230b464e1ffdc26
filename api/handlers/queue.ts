import { QUEUE_STAGES, queueItem, stoppedItem } from '../../core/agenda';
import { today } from '../../core/today';
import type { QueueItem } from '../../core/types';
import { decodeCursor, encodeCursor } from '../../db/keyset';
import type { QueueKey } from '../../db/repositories/queue';
import type { HandlerTable } from './context';
import { calendarOf } from './evaluation';
import { refreshStale } from './refresh';

/** A cursor names its part ('d' deadlines, 's' stopped) and the last date and case shown. */
function readCursor(cursor: string | undefined): { part: 'd' | 's'; after: QueueKey } | null {
  const c = decodeCursor(cursor);
  if (!c || typeof c.key !== 'string' || !/^[ds]:/.test(c.key)) return null;
  return { part: c.key[0] as 'd' | 's', after: { date: c.key.slice(2), caseId: c.id } };
}

export const queueHandlers: HandlerTable<'queue.list'> = {
  /**
   * Every filed, accepted or supplement case: by its next authority deadline with the days
   * left, then the cases whose clock a supplement request stopped. A page at a time.
   */
  'queue.list': ({ limit, cursor }, ctx) => {
    refreshStale(ctx);
    const now = today();
    const calendar = calendarOf(ctx);
    const from = readCursor(cursor);
    const take = limit + 1;
    const items: QueueItem[] = [];
    if (from?.part !== 's') {
      for (const row of ctx.repos.queue.deadlines(QUEUE_STAGES, from?.after ?? null, take))
        items.push(queueItem(row, now, calendar));
    }
    if (items.length < take) {
      const after = from?.part === 's' ? from.after : null;
      for (const stopped of ctx.repos.queue.stopped(after, take - items.length))
        items.push(stoppedItem(stopped));
    }
    const page = items.slice(0, limit);
    const last = page.at(-1);
    const part = last?.status === 'stopped' ? 's' : 'd';
    return {
      today: now,
      items: page,
      nextCursor:
        items.length > limit && last ? encodeCursor(`${part}:${last.date}`, last.caseId) : null,
    };
  },
};
