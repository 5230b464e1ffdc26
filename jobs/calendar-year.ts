/**
 * What typing in a holiday year changes, and saving it: only the cases with a counted
 * date touching the year are evaluated, each once with each calendar, read in batches.
 * Run in a worker thread (jobs/calendar-ops.ts) on its own connection.
 */
import { Temporal } from 'temporal-polyfill';
import { officialCalendar, withUserYears, type UserYear } from '../core/dates';
import { listingLabels } from '../core/listing-label';
import {
  computedOf,
  RECOMPUTE_BATCH,
  stateFrom,
  type CaseInputs,
  type CaseState,
} from '../core/recompute';
import {
  CALENDAR_COUNTED_KINDS,
  countReachDays,
  dateChanges,
  DEFAULT_CATALOGUE,
} from '../core/rules';
import { today } from '../core/today';
import type { CalendarChange } from '../core/types';
import type { Repositories } from '../db/repositories';

/** The open cases a change of `year` can move: those with a date counted in days touching it. */
export function movableIds(repos: Repositories, year: number): number[] {
  const to = Temporal.PlainDate.from({ year, month: 12, day: 31 })
    .add({ days: countReachDays(DEFAULT_CATALOGUE) })
    .toString();
  return repos.caseInputs.openIdsWithDateBetween(`${year}-01-01`, to, CALENDAR_COUNTED_KINDS);
}

/** A case a year moves: what changes, and its state with the new calendar, ready to store. */
export interface MovedCase {
  change: CalendarChange;
  inputs: CaseInputs;
  after: CaseState;
}

/** Yields after each batch (done of total cases) so a worker can report progress and stop. */
export function* moveYear(
  repos: Repositories,
  year: UserYear,
): Generator<{ done: number; total: number }, MovedCase[]> {
  const others = repos.calendars.list().filter((y) => y.year !== year.year);
  const before = withUserYears(officialCalendar(), repos.calendars.list());
  const after = withUserYears(officialCalendar(), [...others, year]);
  const ids = movableIds(repos, year.year);
  const now = today();
  const moved: MovedCase[] = [];
  for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
    for (const inputs of repos.caseInputs.forCases(ids.slice(i, i + RECOMPUTE_BATCH))) {
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
    yield { done: Math.min(i + RECOMPUTE_BATCH, ids.length), total: ids.length };
  }
  return moved;
}

/** moveYear run to its end in one go. */
export function movedCases(repos: Repositories, year: UserYear): MovedCase[] {
  const run = moveYear(repos, year);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** Saves the year and, in the same transaction, stores and logs every case date it moved. */
export function saveYear(repos: Repositories, year: UserYear, moved: readonly MovedCase[]) {
  return repos.transaction(() => {
    const previous = repos.calendars.get(year.year);
    repos.calendars.save(year);
    const now = today();
    for (let i = 0; i < moved.length; i += RECOMPUTE_BATCH)
      repos.caseInputs.storeMany(
        moved
          .slice(i, i + RECOMPUTE_BATCH)
          .map((m) => ({ id: m.inputs.id, computed: computedOf(m.inputs, m.after, now) })),
        now,
      );
    // As api/handlers/context.ts actorOf names whoever made a change.
    const actor = repos.settings.get().userName || '—';
    const log = (entity: 'calendar' | 'case', id: number, before: unknown, after: unknown) =>
      repos.history.record({
        actor,
        entity,
        entityId: id,
        action: entity === 'calendar' && !previous ? 'create' : 'update',
        before,
        after,
      });
    log('calendar', year.year, previous, year);
    for (const { change } of moved) {
      const as = (side: 'before' | 'after') =>
        change.dates.map((d) => ({ kind: d.kind, listingId: d.listingId, ...d[side] }));
      log(
        'case',
        change.caseId,
        { dates: as('before') },
        { dates: as('after'), calendarYear: year.year },
      );
    }
    return { year: year.year, changes: moved.map((m) => m.change) };
  });
}
