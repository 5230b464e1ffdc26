/**
 * Adding a listing to an open case, or taking one out, each in one transaction with its
 * history entry, answered with the case and the dates that moved. Authority events
 * concern every listing of a case: none may come before a listing added, and once one is
 * logged no listing can leave the case (that would change what was filed).
 */
import type { Listing } from '../../core/types';
import { AppError } from '../errors';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { requireClient } from './clients';
import { requireListing } from './listings';
import {
  assertNoEventBefore,
  authorityEvents,
  eventParams,
  firstEvent,
  listingParams,
  movedDates,
} from './listing-edits';
import { caseState, eventsOf, refreshCase } from './refresh';

type Channels = 'cases.addListing' | 'cases.removeListing';

/** Not archived and not closed: the case's listings can still change. */
function requireOpenCase(ctx: HandlerContext, caseId: number) {
  const record = requireWritableCase(ctx, caseId);
  if (eventsOf(ctx, caseId).some((e) => e.type === 'closed'))
    throw new AppError('conflict', 'edit.caseClosed');
  return record;
}

const inCase = (ctx: HandlerContext, caseId: number, listingId: number) =>
  ctx.repos.cases.idsForListing(listingId).includes(caseId);

/** Runs the change, recomputes the case, logs what happened and what moved. */
function changeListings(
  ctx: HandlerContext,
  caseId: number,
  change: () => { before: Listing | null; after: Listing | null },
) {
  const moved = ctx.repos.transaction(() => {
    const was = caseState(ctx, caseId).evaluation;
    const { before, after } = change();
    const moved = movedDates(ctx, caseId, was, refreshCase(ctx, caseId).evaluation);
    recordHistory(
      ctx,
      'case',
      caseId,
      'update',
      { caseListing: before },
      {
        caseListing: after,
        moved,
      },
    );
    return moved;
  });
  return { detail: caseDetail(ctx, caseId), moved };
}

export const caseListingHandlers: HandlerTable<Channels> = {
  'cases.addListing': ({ caseId, listingId, listing: typed }, ctx) => {
    const record = requireOpenCase(ctx, caseId);
    const events = authorityEvents(ctx, caseId);
    if (listingId !== undefined) {
      const existing = requireListing(ctx, listingId, true);
      if (existing.clientId !== record.clientId)
        throw new AppError(
          'conflict',
          'error.listingOtherClient',
          listingParams(existing),
          'listingId',
        );
      if (inCase(ctx, caseId, listingId))
        throw new AppError('conflict', 'edit.alreadyInCase', listingParams(existing), 'listingId');
      assertNoEventBefore(existing, events, {
        key: 'edit.addAfterEvent',
        listing: existing,
        at: 'listingId',
      });
      return changeListings(ctx, caseId, () => {
        ctx.repos.cases.addListing(caseId, listingId);
        return { before: null, after: existing };
      });
    }
    const data = typed!;
    requireClient(ctx, record.clientId, true);
    assertNoEventBefore(data, events, {
      key: 'edit.addAfterEvent',
      listing: data,
      prefix: 'listing.',
    });
    return changeListings(ctx, caseId, () => {
      const created = ctx.repos.listings.insert(record.clientId, data);
      recordHistory(ctx, 'listing', created.id, 'create', null, created);
      ctx.repos.cases.addListing(caseId, created.id);
      return { before: null, after: created };
    });
  },

  'cases.removeListing': ({ caseId, listingId }, ctx) => {
    requireOpenCase(ctx, caseId);
    const listing = requireListing(ctx, listingId);
    if (!inCase(ctx, caseId, listingId))
      throw new AppError('conflict', 'edit.notInCase', listingParams(listing), 'listingId');
    // Archived listings no longer count for the case's dates: one live listing must stay.
    const othersLive = ctx.repos.listings
      .forCase(caseId)
      .filter((l) => l.id !== listingId && l.archivedAt === null);
    if (othersLive.length === 0)
      throw new AppError('conflict', 'edit.lastListing', listingParams(listing), 'listingId');
    const first = firstEvent(authorityEvents(ctx, caseId));
    if (first)
      throw new AppError(
        'conflict',
        'edit.removeAfterEvents',
        { ...listingParams(listing), ...eventParams(first) },
        'listingId',
      );
    return changeListings(ctx, caseId, () => {
      ctx.repos.cases.removeListing(caseId, listingId);
      return { before: listing, after: null };
    });
  },
};
