/** Every date a case shows comes from here: the rules engine on the case's listings and calendar. */
import { officialCalendar, withUserYears, type HolidayCalendar } from '../../core/dates';
import { catalogueFor } from '../../core/rules';
import type { HandlerContext } from './context';

let built: { years: string; calendar: HolidayCalendar } | undefined;

/**
 * The official calendar plus every year the user typed in. The same years give the same
 * calendar object, so what is derived from it once (the working-day prefix sums of
 * core/agenda/working-days.ts) serves every request until a year changes.
 */
export function calendarOf(ctx: HandlerContext): HolidayCalendar {
  const years = ctx.repos.calendars.list();
  const key = JSON.stringify(years);
  if (built?.years !== key)
    built = { years: key, calendar: withUserYears(officialCalendar(), years) };
  return built.calendar;
}

/** Kept here for the handlers that import it from their own folder; it lives in core/rules. */
export { catalogueFor };
