/** Every date a case shows comes from here: the rules engine on the case's listings and calendar. */
import { officialCalendar, withUserYears, type HolidayCalendar } from '../../core/dates';
import { catalogueFor, evaluateCase, type CaseEvaluation, type CaseEvent } from '../../core/rules';
import { today } from '../../core/today';
import type { HandlerContext } from './context';

/** The official calendar plus every year the user typed in. */
export function calendarOf(ctx: HandlerContext): HolidayCalendar {
  return withUserYears(officialCalendar(), ctx.repos.calendars.list());
}

/** Kept here for the handlers that import it from their own folder; it lives in core/rules. */
export { catalogueFor };

/** Use caseState() (api/handlers/refresh) for a case as it stands; this is the bare engine call. */
export function evaluate(
  ctx: HandlerContext,
  caseId: number,
  calendar: HolidayCalendar,
  events: CaseEvent[],
): CaseEvaluation {
  const record = ctx.repos.cases.get(caseId)!;
  const listings = ctx.repos.listings.forCase(caseId).filter((l) => l.archivedAt === null);
  return evaluateCase({
    listings: listings.map(
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
    today: today(),
    calendar,
    catalogue: catalogueFor(record.catalogueVersion),
  });
}
