import { afterEach, describe, expect, it } from 'vitest';
import { officialCalendar, withUserYears } from '../core/dates';
import { dateChanges } from '../core/rules';
import { openDatabase, type Database } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { movableIds, movedCases } from './handlers/calendars';
import type { HandlerContext } from './handlers/context';
import { calendarOf } from './handlers/evaluation';
import { recomputeCases, stateFrom } from './handlers/refresh';
import { COMPANY, testBackend, type TestBackend } from './testing';

let t: TestBackend;
let db: Database | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  t?.backend.close();
});

const REGIMES = ['samr-serious-list', 'samr-penalty-general', 'cc-penalty-general'] as const;

/** Cases listed a month apart back from 2026-11; a third of those listed by 2025 filed in 2026, some accepted. */
async function seed(n: number) {
  t = testBackend();
  const client = await t.ok('clients.create', COMPANY);
  for (let i = 0; i < n; i++) {
    // Counting back a month at a time from November 2026.
    const month = String(((((22 - i) % 12) + 12) % 12) + 1).padStart(2, '0');
    const year = 2026 - Math.floor((i + 1) / 12) + 1;
    const c = await t.ok('cases.create', {
      clientId: client.id,
      listings: [
        {
          regimeId: REGIMES[i % REGIMES.length]!,
          authority: 'SAMR',
          decisionNo: `A-${i}`,
          decisionDate: `${year - 1}-${month}-01`,
          listingDate: `${year - 1}-${month}-03`,
          publicationDate: `${year - 1}-${month}-05`,
        },
      ],
    });
    if (i % 3 === 0 && i >= 11) {
      const filedMonth = String((i % 11) + 1).padStart(2, '0');
      await t.ok('events.add', {
        caseId: c.id,
        type: 'filed',
        date: `2026-${filedMonth}-20`,
        channel: 'online',
        overrideReason: 'Filed before the checklist was complete',
      });
      if (i % 2 === 0)
        await t.ok('events.add', { caseId: c.id, type: 'accepted', date: `2026-${filedMonth}-23` });
    }
  }
  t.backend.close();
  db = openDatabase(t.dir);
  return { repos: createRepositories(db) } as unknown as HandlerContext;
}

const YEAR_2027 = {
  year: 2027,
  holidays: [
    { start: '2027-06-04', end: '2027-06-06', name: '端午节' },
    { start: '2027-10-01', end: '2027-10-07', name: '国庆节' },
  ],
  makeupWorkdays: ['2027-06-12'],
};

describe('recomputing many cases', () => {
  it("a holiday year's changes come from only the cases it can move, the same as evaluating every case", async () => {
    const ctx = await seed(48);
    const before = calendarOf(ctx);
    const after = withUserYears(officialCalendar(), [YEAR_2027]);
    const everyCase = ctx.repos.caseInputs.forCases(ctx.repos.cases.openIds());
    const moving = everyCase
      .filter(
        (c) =>
          dateChanges(stateFrom(c, before).evaluation, stateFrom(c, after).evaluation).length > 0,
      )
      .map((c) => c.id);

    expect(moving.length).toBeGreaterThan(0);
    expect(movableIds(ctx, 2027).length).toBeLessThan(everyCase.length);
    expect(movedCases(ctx, YEAR_2027).map((m) => m.change.caseId)).toEqual(moving);
  }, 60_000);

  it('recomputes every case in batches to exactly what each write stored, reporting progress', async () => {
    const ctx = await seed(20);
    const ids = ctx.repos.cases.openIds();
    const stored = JSON.stringify(ctx.repos.caseInputs.forCases(ids));
    const dates = () => ctx.repos.caseDates.due({ limit: 10_000 });
    const computed = dates();
    for (const id of ids) ctx.repos.caseDates.replace(id, []);
    expect(dates()).toEqual([]);

    const progress: number[] = [];
    expect(recomputeCases(ctx, ids, { batch: 7, onProgress: (done) => progress.push(done) })).toBe(
      20,
    );
    expect(progress).toEqual([7, 14, 20]);
    expect(dates()).toEqual(computed);
    expect(JSON.stringify(ctx.repos.caseInputs.forCases(ids))).toBe(stored);
  }, 60_000);
});
