import { listingParams } from './listing-edits';
import { AppError, notFound } from '../errors';
import { maskClient, maskHistory } from '../../core/personal/mask';
import type { Bilingual } from '../../core/rules';
import type { CaseDetail, ChecklistItem } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { requireClient } from './clients';
import { calendarOf, catalogueFor } from './evaluation';
import { nearestDate } from '../../core/agenda';
import { datedOf } from '../../core/recompute';
import { caseState, refreshCase, refreshStale, type CaseState } from './refresh';
import { today } from '../../core/today';
import { CATALOGUE_VERSION } from '../../core/rules';
import { eventItemKey } from '../../core/lifecycle';
import { isExpired } from '../../core/documents';

type CaseChannels = 'cases.create' | 'cases.get' | 'cases.list' | 'cases.update' | 'cases.archive';

export function caseDetail(ctx: HandlerContext, id: number): CaseDetail {
  const record = ctx.repos.cases.get(id);
  if (!record) throw notFound('case', id);
  const state = caseState(ctx, id);
  const files = ctx.repos.files.forCase(id);
  const client = ctx.repos.clients.get(record.clientId)!;
  return {
    ...record,
    client: maskClient(client),
    listings: ctx.repos.listings.forCase(id),
    history: maskHistory(ctx.repos.history.forCase(id), client.kind),
    evaluation: state.evaluation,
    events: state.events.map((e) => ({
      ...e,
      files: files.filter((f) => f.itemKey === eventItemKey(e.id)),
    })),
    readiness: state.readiness,
    nearest: nearestDate(
      datedOf(record.catalogueVersion, state.evaluation),
      record.stage,
      today(),
      calendarOf(ctx),
    ),
    checklist: checklist(ctx, id, record.catalogueVersion, state),
    packets: ctx.repos.files.packets(id),
  };
}

/** The rule version's documents, then the user's own items, each with its state and files. */
function checklist(
  ctx: HandlerContext,
  id: number,
  version: string,
  state: CaseState,
): ChecklistItem[] {
  const names = catalogueFor(version).documents;
  const stored = new Map(ctx.repos.documents.forCase(id).map((d) => [d.documentId, d]));
  const files = ctx.repos.files.forCase(id);
  const now = today();
  // The decision date the application is expected by: the latest "Decision due" computed.
  const decision = state.evaluation.dates
    .filter((d) => d.kind === 'decisionDue')
    .map((d) => d.date)
    .sort()
    .at(-1);
  const item = (
    documentId: string,
    name: Bilingual,
    custom: boolean,
    required: boolean,
  ): ChecklistItem => {
    const s = stored.get(documentId);
    const validUntil = s?.validUntil ?? '';
    return {
      documentId,
      name,
      custom,
      required,
      status: s?.status ?? 'missing',
      note: s?.note ?? '',
      updatedAt: s?.updatedAt ?? null,
      updatedBy: s?.updatedBy ?? null,
      validUntil,
      expiry: !validUntil
        ? 'ok'
        : isExpired(validUntil, now)
          ? 'expired'
          : decision && validUntil < decision
            ? 'beforeDecision'
            : 'ok',
      files: files.filter((f) => f.itemKey === documentId),
    };
  };
  return [
    ...state.required.map((d) => item(d, names[d], false, true)),
    ...ctx.repos.customItems
      .forCase(id)
      .map((c) => item(c.key, { en: c.name, zh: c.name }, true, c.required)),
  ];
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
        throw new AppError(
          'conflict',
          'error.listingOtherClient',
          listingParams(listing),
          'listingIds',
        );
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

  'cases.list': (query, ctx) => {
    // Next dates move with the calendar: bring them up to date once a day before sorting.
    refreshStale(ctx);
    return ctx.repos.cases.list(query);
  },

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
