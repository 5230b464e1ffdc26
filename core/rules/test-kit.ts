/** Shared fixtures for the rules engine's tests. */
import { officialCalendar } from '../dates/calendar';
import type { CaseEvent, CaseListing, DateKind, EvaluateInput } from './case-types';
import { evaluateCase } from './evaluate';

export const calendar = officialCalendar();

export const listing = (
  regimeId: string,
  dates: Partial<CaseListing> = {},
  id = 1,
): CaseListing => ({
  id,
  regimeId,
  decisionNo: '',
  decisionDate: '',
  listingDate: '',
  publicationDate: '',
  ...dates,
});

export function run(
  listings: CaseListing[],
  events: CaseEvent[],
  today: string,
  extra: Partial<EvaluateInput> = {},
) {
  const result = evaluateCase({ listings, events, today, calendar, ...extra });
  const get = (kind: DateKind, listingId = 1) =>
    result.dates.find((d) => d.kind === kind && d.listingId === listingId);
  return { result, get };
}

export const samrList = listing('samr-serious-list', { listingDate: '2024-06-03' });
