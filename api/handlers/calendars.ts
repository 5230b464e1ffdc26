import { officialCalendar, withUserYears, type UserYear } from '../../core/dates';
import { describeYear, type YearSummary } from '../../core/calendar';
import { dateChanges, DEFAULT_CATALOGUE } from '../../core/rules';
import type { CalendarChange } from '../../core/types';
import { listingLabels } from '../../core/listing-label';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { calendarOf } from './evaluation';
import { caseState, refreshCase } from './refresh';

type Channels = 'rules.catalogue' | 'calendars.list' | 'calendars.preview' | 'calendars.save';

let officialYears: YearSummary[] | undefined;

/** What typing in `year` would change: every open case's dates, before and after. */
function changesFor(ctx: HandlerContext, year: UserYear): CalendarChange[] {
  const before = calendarOf(ctx);
  const others = ctx.repos.calendars.list().filter((y) => y.year !== year.year);
  const after = withUserYears(officialCalendar(), [...others, year]);
  const changes: CalendarChange[] = [];
  for (const caseId of ctx.repos.cases.openIds()) {
    const now = caseState(ctx, caseId, before);
    const moved = dateChanges(now.evaluation, caseState(ctx, caseId, after, now.events).evaluation);
    if (moved.length === 0) continue;
    const record = ctx.repos.cases.get(caseId)!;
    const listings = ctx.repos.listings.forCase(caseId);
    const named = (id: number) => {
      const listing = listings.find((l) => l.id === id);
      return listing ? listingLabels(listing) : { en: '', zh: '' };
    };
    const dates = moved.map((d) => ({ ...d, listing: named(d.listingId) }));
    changes.push({ caseId, clientName: record.clientName, dates });
  }
  return changes;
}

export const calendarHandlers: HandlerTable<Channels> = {
  'rules.catalogue': () => DEFAULT_CATALOGUE,

  'calendars.list': (_input, ctx) => {
    officialYears ??= officialCalendar()
      .years()
      .map((y) => describeYear(officialCalendar(), y));
    return { official: officialYears, user: ctx.repos.calendars.list() };
  },

  'calendars.preview': (year, ctx) => ({ year: year.year, changes: changesFor(ctx, year) }),

  /** Saves the year and, in the same transaction, logs every case date it moved. */
  'calendars.save': (year, ctx) =>
    ctx.repos.transaction(() => {
      const changes = changesFor(ctx, year);
      const previous = ctx.repos.calendars.get(year.year);
      ctx.repos.calendars.save(year);
      const calendar = calendarOf(ctx);
      for (const change of changes) refreshCase(ctx, change.caseId, calendar);
      recordHistory(ctx, 'calendar', year.year, previous ? 'update' : 'create', previous, year);
      for (const change of changes) {
        recordHistory(
          ctx,
          'case',
          change.caseId,
          'update',
          {
            dates: change.dates.map((d) => ({ kind: d.kind, listingId: d.listingId, ...d.before })),
          },
          {
            dates: change.dates.map((d) => ({ kind: d.kind, listingId: d.listingId, ...d.after })),
            calendarYear: year.year,
          },
        );
      }
      return { year: year.year, changes };
    }),
};
