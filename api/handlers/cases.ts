import { AppError, notFound } from '../errors';
import type { CaseDetail } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { requireClient } from './clients';
import { catalogueFor } from './evaluation';
import { caseState, refreshCase } from './refresh';
import { CATALOGUE_VERSION } from '../../core/rules';

type CaseChannels = 'cases.create' | 'cases.get' | 'cases.list' | 'cases.update' | 'cases.archive';

export function caseDetail(ctx: HandlerContext, id: number): CaseDetail {
  const record = ctx.repos.cases.get(id);
  if (!record) throw notFound('case', id);
  const state = caseState(ctx, id);
  const documents = catalogueFor(record.catalogueVersion).documents;
  const stored = new Map(ctx.repos.documents.forCase(id).map((d) => [d.documentId, d]));
  return {
    ...record,
    client: ctx.repos.clients.get(record.clientId)!,
    listings: ctx.repos.listings.forCase(id),
    history: ctx.repos.history.forCase(id),
    evaluation: state.evaluation,
    events: state.events,
    readiness: state.readiness,
    checklist: state.required.map((documentId) => {
      const s = stored.get(documentId);
      return {
        documentId,
        name: documents[documentId],
        status: s?.status ?? 'missing',
        note: s?.note ?? '',
        updatedAt: s?.updatedAt ?? null,
        updatedBy: s?.updatedBy ?? null,
      };
    }),
  };
}

export function requireWritableCase(ctx: HandlerContext, id: number) {
  const record = ctx.repos.cases.get(id);
  if (!record) throw notFound('case', id);
  if (record.archivedAt) throw new AppError('conflict', 'error.archived', { entity: 'case', id });
  return record;
}

export const caseHandlers: HandlerTable<CaseChannels> = {
  'cases.create': (input, ctx) => {
    requireClient(ctx, input.clientId, true);
    for (const listingId of input.listingIds) {
      const listing = ctx.repos.listings.get(listingId);
      if (!listing) throw notFound('listing', listingId);
      if (listing.clientId !== input.clientId) {
        throw new AppError('conflict', 'error.listingOtherClient', { id: listingId }, 'listingIds');
      }
    }
    const id = ctx.repos.transaction(() => {
      const created = input.listings.map((l) => ctx.repos.listings.insert(input.clientId, l));
      for (const listing of created)
        recordHistory(ctx, 'listing', listing.id, 'create', null, listing);
      const caseId = ctx.repos.cases.insert({
        clientId: input.clientId,
        assignee: input.assignee,
        notes: input.notes,
        listingIds: [...input.listingIds, ...created.map((l) => l.id)],
        catalogueVersion: CATALOGUE_VERSION,
      });
      refreshCase(ctx, caseId);
      recordHistory(ctx, 'case', caseId, 'create', null, ctx.repos.cases.get(caseId));
      return caseId;
    });
    return caseDetail(ctx, id);
  },

  'cases.get': ({ id }, ctx) => caseDetail(ctx, id),

  'cases.list': (query, ctx) => ctx.repos.cases.list(query),

  'cases.update': ({ id, ...patch }, ctx) => {
    const before = requireWritableCase(ctx, id);
    ctx.repos.transaction(() => {
      ctx.repos.cases.update(id, patch);
      recordHistory(ctx, 'case', id, 'update', before, ctx.repos.cases.get(id));
    });
    return caseDetail(ctx, id);
  },

  'cases.archive': ({ id }, ctx) => {
    const before = requireWritableCase(ctx, id);
    ctx.repos.transaction(() => {
      ctx.repos.cases.archive(id);
      recordHistory(ctx, 'case', id, 'archive', before, ctx.repos.cases.get(id));
    });
    return caseDetail(ctx, id);
  },
};
