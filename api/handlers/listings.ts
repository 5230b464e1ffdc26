import { AppError, notFound } from '../errors';
import type { Listing } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { requireClient } from './clients';
import { caseState, refreshCase } from './refresh';
import { assertNoEventBefore, authorityEvents, movedDates } from './listing-edits';

type ListingChannels =
  'listings.create' | 'listings.get' | 'listings.list' | 'listings.update' | 'listings.archive';

export function requireListing(ctx: HandlerContext, id: number, writable = false): Listing {
  const listing = ctx.repos.listings.get(id);
  if (!listing) throw notFound('listing', id);
  if (writable && listing.archivedAt)
    throw new AppError('conflict', 'error.archived', { entity: 'listing', id });
  return listing;
}

export const listingHandlers: HandlerTable<ListingChannels> = {
  'listings.create': ({ clientId, ...data }, ctx) => {
    requireClient(ctx, clientId, true);
    return ctx.repos.transaction(() => {
      const listing = ctx.repos.listings.insert(clientId, data);
      recordHistory(ctx, 'listing', listing.id, 'create', null, listing);
      return listing;
    });
  },

  'listings.get': ({ id }, ctx) => requireListing(ctx, id),

  'listings.list': (query, ctx) => ctx.repos.listings.list(query),

  /**
   * Corrects a listing. Refused, naming the event, where the new dates would put a logged
   * authority event of one of its cases before the listing; else saved with every case it
   * belongs to recomputed, and answered with the dates that moved in each.
   */
  'listings.update': ({ id, ...data }, ctx) => {
    const before = requireListing(ctx, id, true);
    const caseIds = ctx.repos.cases.idsForListing(id);
    for (const caseId of caseIds) {
      assertNoEventBefore(data, authorityEvents(ctx, caseId), {
        key: 'edit.eventBeforeListing',
        previous: before,
      });
    }
    return ctx.repos.transaction(() => {
      const was = caseIds.map((caseId) => caseState(ctx, caseId).evaluation);
      const listing = ctx.repos.listings.update(id, data);
      ctx.repos.cases.touchForListing(id);
      const moved = caseIds.map((caseId, i) =>
        movedDates(ctx, caseId, was[i]!, refreshCase(ctx, caseId).evaluation),
      );
      recordHistory(ctx, 'listing', id, 'update', before, { ...listing, moved });
      return { listing, moved };
    });
  },

  'listings.archive': ({ id }, ctx) => {
    const before = requireListing(ctx, id, true);
    return ctx.repos.transaction(() => {
      const after = ctx.repos.listings.archive(id);
      ctx.repos.cases.touchForListing(id);
      for (const caseId of ctx.repos.cases.idsForListing(id)) refreshCase(ctx, caseId);
      recordHistory(ctx, 'listing', id, 'archive', before, after);
      return after;
    });
  },
};
