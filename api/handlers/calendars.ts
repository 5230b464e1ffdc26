import { officialCalendar, withUserYears, type UserYear } from '../../core/dates';
import { describeYear, type YearSummary } from '../../core/calendar';
import { Temporal } from 'temporal-polyfill';
import { countReachDays, dateChanges, DEFAULT_CATALOGUE } from '../../core/rules';
import type { CalendarChange } from '../../core/types';
import { listingLabels } from '../../core/listing-label';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { calendarOf } from './evaluation';
import type { CaseInputs } from '../../db/repositories/case-inputs';
import { today } from '../../core/today';
import { RECOMPUTE_BATCH, stateFrom, storeState, type CaseState } from './refresh';

type Channels = 'rules.catalogue' | 'calendars.list' | 'calendars.preview' | 'calendars.save';

let officialYears: YearSummary[] | undefined;

/** The open cases a change of `year` can move: those with a counted date touching it. */
export function movableIds(ctx: HandlerContext, year: number): number[] {
  const to = Temporal.PlainDate.from({ year, month: 12, day: 31 })
    .add({ days: countReachDays(DEFAULT_CATALOGUE) })
    .toString();
  return ctx.repos.caseInputs.openIdsWithDateBetween(`${year}-01-01`, to);
}

/** A case a year moves: what changes, and its state with the new calendar, ready to store. */
export interface MovedCase {
  change: CalendarChange;
  inputs: CaseInputs;
  after: CaseState;
}

/**
 * What typing in `year` would change: the dates of every case it can move, before and
 * after, each case evaluated once with each calendar, read in batches.
 */
export function movedCases(
  ctx: HandlerContext,
  year: UserYear,
  onProgress?: (done: number, total: number) => void,
): MovedCase[] {
  const before = calendarOf(ctx);
  const others = ctx.repos.calendars.list().filter((y) => y.year !== year.year);
  const after = withUserYears(officialCalendar(), [...others, year]);
  const ids = movableIds(ctx, year.year);
  const now = today();
  const moved: MovedCase[] = [];
  for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
    for (const inputs of ctx.repos.caseInputs.forCases(ids.slice(i, i + RECOMPUTE_BATCH))) {
      const was = stateFrom(inputs, before, now);
      const will = stateFrom(inputs, after, now, was.events);
      const dates = dateChanges(was.evaluation, will.evaluation);
      if (dates.length === 0) continue;
      const named = (id: number) => {
        const listing = inputs.listings.find((l) => l.id === id);
        return listing ? listingLabels(listing) : { en: '', zh: '' };
      };
      const change = {
        caseId: inputs.id,
        clientName: inputs.clientName,
        dates: dates.map((d) => ({ ...d, listing: named(d.listingId) })),
      };
      moved.push({ change, inputs, after: will });
    }
    onProgress?.(Math.min(i + RECOMPUTE_BATCH, ids.length), ids.length);
  }
  return moved;
}

/** Saves the year and, in the same transaction, stores and logs every case date it moved. */
export function saveYear(ctx: HandlerContext, year: UserYear, moved: readonly MovedCase[]) {
  return ctx.repos.transaction(() => {
    const previous = ctx.repos.calendars.get(year.year);
    ctx.repos.calendars.save(year);
    const now = today();
    for (const m of moved) storeState(ctx, m.inputs, m.after, now);
    recordHistory(ctx, 'calendar', year.year, previous ? 'update' : 'create', previous, year);
    for (const { change } of moved) {
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
    return { year: year.year, changes: moved.map((m) => m.change) };
  });
}

export const calendarHandlers: HandlerTable<Channels> = {
  'rules.catalogue': () => DEFAULT_CATALOGUE,

  'calendars.list': (_input, ctx) => {
    officialYears ??= officialCalendar()
      .years()
      .map((y) => describeYear(officialCalendar(), y));
    return { official: officialYears, user: ctx.repos.calendars.list() };
  },

  'calendars.preview': (year, ctx) => ({
    year: year.year,
    changes: movedCases(ctx, year).map((m) => m.change),
  }),

  'calendars.save': (year, ctx) => saveYear(ctx, year, movedCases(ctx, year)),
};
