/** Every date a case shows comes from here: the rules engine on the case's listings and calendar. */
import { officialCalendar, withUserYears, type HolidayCalendar } from '../../core/dates';
import { catalogueFor } from '../../core/rules';
import type { HandlerContext } from './context';

/** The official calendar plus every year the user typed in. */
export function calendarOf(ctx: HandlerContext): HolidayCalendar {
  return withUserYears(officialCalendar(), ctx.repos.calendars.list());
}

/** Kept here for the handlers that import it from their own folder; it lives in core/rules. */
export { catalogueFor };
