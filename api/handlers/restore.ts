/**
 * Restoring what was archived. A case whose client is archived is restored only together
 * with its client, and only when the caller says so (`restoreClient`): the Restore dialog
 * names the client first; without it the call is refused with what to do.
 */
import { AppError, notFound } from '../errors';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { caseDetail } from './cases';
import { refreshCase } from './refresh';

function restoreClient(ctx: HandlerContext, id: number) {
  const before = ctx.repos.clients.get(id)!;
  const after = ctx.repos.clients.restore(id);
  recordHistory(ctx, 'client', id, 'restore', before, after);
  return after;
}

export const restoreHandlers: HandlerTable<'cases.restore' | 'clients.restore'> = {
  'cases.restore': ({ id, restoreClient: withClient }, ctx) => {
    const before = ctx.repos.cases.get(id);
    if (!before) throw notFound('case', id);
    if (!before.archivedAt) {
      throw new AppError('conflict', 'error.notArchived', {
        entity: 'case',
        name: before.clientName,
      });
    }
    const client = ctx.repos.clients.get(before.clientId)!;
    if (client.archivedAt && !withClient) {
      // field: the input that would let it through, so the caller can offer it.
      throw new AppError(
        'conflict',
        'error.clientArchived',
        { name: client.name },
        'restoreClient',
      );
    }
    ctx.repos.transaction(() => {
      if (client.archivedAt) restoreClient(ctx, client.id);
      ctx.repos.cases.restore(id);
      // Dates and stage may have moved while the case was archived (nothing refreshes it then).
      refreshCase(ctx, id);
      recordHistory(ctx, 'case', id, 'restore', before, ctx.repos.cases.get(id));
    });
    return caseDetail(ctx, id);
  },

  'clients.restore': ({ id }, ctx) => {
    const before = ctx.repos.clients.get(id);
    if (!before) throw notFound('client', id);
    if (!before.archivedAt) {
      throw new AppError('conflict', 'error.notArchived', { entity: 'client', name: before.name });
    }
    return ctx.repos.transaction(() => restoreClient(ctx, id));
  },
};
