/**
 * An authority event concerns every listing of its case, so none may be dated before a
 * listing exists in full: its latest given date (decision ≤ listing ≤ publication). The
 * event forms, the event guard and the listing edit all ask the same question here.
 */
import { sortEvents } from './transitions';

export interface ListingDates {
  decisionDate: string;
  /** '' where not given. */
  listingDate: string;
  publicationDate: string;
}

/** The day the listing's record stands complete: the latest of its given dates. */
export function listedOn(l: ListingDates): string {
  return [l.decisionDate, l.listingDate, l.publicationDate]
    .filter((d) => d !== '')
    .reduce((a, b) => (b > a ? b : a), '');
}

/** The earliest event dated before the listing stands complete, or null when there is none. */
export function firstEventBefore<E extends { date: string; id?: number }>(
  listing: ListingDates,
  events: readonly E[],
): { event: E; listedOn: string } | null {
  const on = listedOn(listing);
  const event = sortEvents(events).find((e) => e.date < on);
  return event ? { event, listedOn: on } : null;
}
