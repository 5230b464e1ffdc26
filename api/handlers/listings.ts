import { AppError, notFound } from '../errors';
import type { Listing } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { requireClient } from './clients';
import { refreshCase } from './refresh';

type ListingChannels =
  'listings.create' | 'listings.get' | 'listings.list' | 'listings.update' | 'listings.archive';

function requireListing(ctx: HandlerContext, id: number, writable = false): Listing {
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

  'listings.update': ({ id, ...data }, ctx) => {
    const before = requireListing(ctx, id, true);
    return ctx.repos.transaction(() => {
      const after = ctx.repos.listings.update(id, data);
      ctx.repos.cases.touchForListing(id);
      for (const caseId of ctx.repos.cases.idsForListing(id)) refreshCase(ctx, caseId);
      recordHistory(ctx, 'listing', id, 'update', before, after);
      return after;
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
