import type { AuditFilter } from '../../core/audit';
import { dayEndIso, dayStartIso } from '../../core/instant';
import { decodeCursor, encodeCursor } from '../../db/keyset';
import type { AuditQuery } from '../../db/repositories/audit';
import type { HandlerTable } from './context';

/** The most people the person filter offers (a firm has a handful). */
export const ACTORS_LIMIT = 200;

/** A selection as the repository reads it: the days become instants in the user's zone. */
export function auditQuery(filter: AuditFilter): Omit<AuditQuery, 'take' | 'beforeId'> {
  const { from, to, ...rest } = filter;
  return {
    ...rest,
    fromAt: from ? dayStartIso(from) : undefined,
    toAt: to ? dayEndIso(to) : undefined,
  };
}

export const auditHandlers: HandlerTable<'history.list' | 'actors.list'> = {
  /** The audit log: a page of entries, newest first; the cursor names the last one shown. */
  'history.list': ({ cursor, limit, ...filter }, ctx) => {
    const rows = ctx.repos.audit.page({
      ...auditQuery(filter),
      beforeId: decodeCursor(cursor)?.id ?? null,
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(null, last.id) : null };
  },

  'actors.list': (_input, ctx) => ({ actors: ctx.repos.audit.actors(ACTORS_LIMIT) }),
};
