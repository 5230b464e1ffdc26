import { AppError, notFound } from '../errors';
import type { Client } from '../../core/types';
import { maskClient, maskHistory } from '../../core/personal/mask';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';

type ClientChannels =
  | 'clients.create'
  | 'clients.get'
  | 'clients.list'
  | 'clients.reveal'
  | 'clients.update'
  | 'clients.archive';

export function requireClient(ctx: HandlerContext, id: number, writable = false): Client {
  const client = ctx.repos.clients.get(id);
  if (!client) throw notFound('client', id);
  if (writable && client.archivedAt)
    throw new AppError('conflict', 'error.archived', { entity: 'client', id });
  return client;
}

/** One identifier, one client: refuse a second client with the same code or ID number. */
export function assertIdNumberFree(ctx: HandlerContext, idNumber: string, exceptId?: number): void {
  const existing = ctx.repos.clients.findByIdNumber(idNumber);
  if (existing && existing.id !== exceptId) {
    throw new AppError(
      'conflict',
      'error.duplicateId',
      { idNumber, name: existing.name },
      'idNumber',
      // The form links to the client the message names.
      { clientId: existing.id },
    );
  }
}

export const clientHandlers: HandlerTable<ClientChannels> = {
  'clients.create': (input, ctx) => {
    assertIdNumberFree(ctx, input.idNumber);
    return ctx.repos.transaction(() => {
      const client = ctx.repos.clients.insert(input);
      recordHistory(ctx, 'client', client.id, 'create', null, client);
      return client;
    });
  },

  'clients.get': ({ id }, ctx) => {
    const client = requireClient(ctx, id);
    return {
      ...maskClient(client),
      listings: ctx.repos.listings.forClient(id),
      cases: ctx.repos.cases.forClient(id),
      history: maskHistory(ctx.repos.history.forClient(id), client.kind),
    };
  },

  'clients.list': (query, ctx) => ctx.repos.clients.list(query),

  /** The one way a person's full ID-card number leaves the backend: logged, who and when. */
  'clients.reveal': ({ id, purpose }, ctx) => {
    const client = requireClient(ctx, id);
    // An erased client's placeholder is nobody's number: nothing to reveal or log.
    if (client.erasedAt) return { idNumber: '' };
    if (client.kind === 'person') {
      ctx.repos.transaction(() =>
        recordHistory(ctx, 'client', id, 'reveal', null, { field: 'idNumber', purpose }),
      );
    }
    return { idNumber: client.idNumber };
  },

  'clients.update': ({ id, ...data }, ctx) => {
    const before = requireClient(ctx, id, true);
    assertIdNumberFree(ctx, data.idNumber, id);
    return ctx.repos.transaction(() => {
      const after = ctx.repos.clients.update(id, data);
      recordHistory(ctx, 'client', id, 'update', before, after);
      return after;
    });
  },

  'clients.archive': ({ id }, ctx) => {
    const before = requireClient(ctx, id, true);
    return ctx.repos.transaction(() => {
      const after = ctx.repos.clients.archive(id);
      recordHistory(ctx, 'client', id, 'archive', before, after);
      return after;
    });
  },
};
