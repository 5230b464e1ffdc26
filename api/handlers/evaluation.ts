/** Every date a case shows comes from here: the rules engine on the case's listings and calendar. */
import { officialCalendar, withUserYears, type HolidayCalendar } from '../../core/dates';
import { catalogueFor, evaluateCase, type CaseEvaluation, type CaseEvent } from '../../core/rules';
import type { Listing } from '../../core/types';
import type { HandlerContext } from './context';

/** The official calendar plus every year the user typed in. */
export function calendarOf(ctx: HandlerContext): HolidayCalendar {
  return withUserYears(officialCalendar(), ctx.repos.calendars.list());
}

/** Kept here for the handlers that import it from their own folder; it lives in core/rules. */
export { catalogueFor };

/**
 * Use caseState() (api/handlers/refresh) for a case as it stands; this is the bare engine
 * call on the case's listings that are not archived.
 */
export function evaluate(
  c: { catalogueVersion: string; listings: readonly Listing[] },
  calendar: HolidayCalendar,
  events: CaseEvent[],
  today: string,
): CaseEvaluation {
  return evaluateCase({
    listings: c.listings.map(
      ({ id, regimeId, decisionNo, decisionDate, listingDate, publicationDate }) => ({
        id,
        regimeId,
        decisionNo,
        decisionDate,
        listingDate,
        publicationDate,
      }),
    ),
    events,
    today,
    calendar,
    catalogue: catalogueFor(c.catalogueVersion),
  });
}
