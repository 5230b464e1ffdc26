/**
 * What correcting a listing, or changing a case's listings, shares: the authority events
 * that may not come before a listing, the refusal that names the event, and the dates
 * the change moved (before → after).
 */
import {
  EVENT_LABELS,
  firstEventBefore,
  sortEvents,
  type CaseEventRecord,
  type ListingDates,
} from '../../core/lifecycle';
import { fieldParams, LISTING_DATE_FIELDS, type ListingDateField } from '../../core/listing-dates';
import { listingLabels, type LabelledListing } from '../../core/listing-label';
import type { MessageKey } from '../../core/messages';
import { dateChanges, type CaseEvaluation } from '../../core/rules';
import type { MovedDates } from '../../core/types';
import { AppError } from '../errors';
import type { HandlerContext } from './context';
import { eventsOf } from './refresh';

/** Logged authority events of a case; closing a case is bookkeeping, not an authority act. */
export function authorityEvents(ctx: HandlerContext, caseId: number): CaseEventRecord[] {
  return eventsOf(ctx, caseId).filter((e) => e.type !== 'closed');
}

/** `{event}`, `{eventZh}`, `{eventDate}`: an event as messages name it. */
export function eventParams(e: { type: CaseEventRecord['type']; date: string }) {
  return { event: EVENT_LABELS[e.type].en, eventZh: EVENT_LABELS[e.type].zh, eventDate: e.date };
}

/** `{listing}`, `{listingZh}`: a listing by regime and decision number. */
export function listingParams(l: LabelledListing) {
  const { en, zh } = listingLabels(l);
  return { listing: en, listingZh: zh };
}

/**
 * The date field that puts the listing after the event: of those dated after it, the
 * latest one the user changed, else the latest one.
 */
function causingField(
  next: ListingDates,
  eventDate: string,
  previous?: ListingDates,
): ListingDateField {
  const late = LISTING_DATE_FIELDS.filter((f) => next[f] !== '' && next[f] > eventDate);
  const changed = late.filter((f) => previous && previous[f] !== next[f]);
  return (changed.at(-1) ?? late.at(-1))!;
}

/**
 * Refuses, naming the event and the field, when the listing's dates would stand complete
 * only after a logged authority event of the case. `field` places the message in the
 * form: `prefix` + the causing field, or `at` as given.
 */
export function assertNoEventBefore(
  dates: ListingDates,
  events: readonly CaseEventRecord[],
  refusal: {
    key: Extract<MessageKey, 'edit.eventBeforeListing' | 'edit.addAfterEvent'>;
    previous?: ListingDates;
    listing?: LabelledListing;
    prefix?: string;
    at?: string;
  },
): void {
  const hit = firstEventBefore(dates, events);
  if (!hit) return;
  const field = causingField(dates, hit.event.date, refusal.previous);
  throw new AppError(
    'conflict',
    refusal.key,
    {
      ...fieldParams('field', field),
      ...eventParams(hit.event),
      ...(refusal.listing ? listingParams(refusal.listing) : {}),
      date: dates[field],
      listedOn: hit.listedOn,
    },
    refusal.at ?? `${refusal.prefix ?? ''}${field}`,
  );
}

/** The first logged authority event of a case, or null. */
export function firstEvent(events: readonly CaseEventRecord[]): CaseEventRecord | null {
  return sortEvents(events)[0] ?? null;
}

/** The case's dates that moved between two evaluations, with the listings they belong to. */
export function movedDates(
  ctx: HandlerContext,
  caseId: number,
  before: CaseEvaluation,
  after: CaseEvaluation,
): MovedDates {
  const dates = dateChanges(before, after);
  const ids = [...new Set(dates.map((d) => d.listingId))];
  return {
    caseId,
    clientName: ctx.repos.cases.get(caseId)!.clientName,
    listings: ids
      .map((id) => ctx.repos.listings.get(id))
      .filter((l) => l !== null)
      .map(({ id, regimeId, decisionNo }) => ({ id, regimeId, decisionNo })),
    dates,
  };
}
