/**
 * A bulk recompute writes only what differs from what is stored. What it leaves must be
 * exactly what rewriting every case leaves (the way every case was stored before), on
 * firms seeded like the benchmark's: with stored rows tampered with, and with a holiday
 * year that moves many dates.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialCalendar, withUserYears, type HolidayCalendar } from '../core/dates';
import { computedOf, stateFrom } from '../core/recompute';
import { today } from '../core/today';
import { openDatabase, type Database } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { seedFolder } from '../scripts/bench/seed';
import type { HandlerContext } from './handlers/context';
import { calendarOf } from './handlers/evaluation';
import { recomputeCases } from './handlers/refresh';
import { YEAR_2027 } from './recompute-kit';

const CASES = 300;
let root = '';
let seeded = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xiufu-recompute-writes-'));
  seeded = join(root, 'seeded');
  await seedFolder(seeded, CASES);
  const db = openDatabase(seeded);
  // What a bulk recompute must repair: stale stamps, lost, moved and extra date rows, wrong stages.
  db.exec(`
    UPDATE cases SET computed_on = '';
    DELETE FROM case_dates WHERE case_id % 7 = 0;
    UPDATE case_dates SET date = '2000-01-03' WHERE case_id % 7 = 1 AND kind IN ('eligibleFrom', 'acceptanceDue');
    UPDATE case_dates SET provisional = 1 - provisional WHERE case_id % 7 = 2;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, 999999, 'eligibleFrom', '2030-01-01', 0, 0, '' FROM cases WHERE id % 7 = 3;
    UPDATE cases SET stage = 'closed' WHERE id % 11 = 0 AND stage <> 'closed';
    UPDATE cases SET next_due = '1999-01-01' WHERE id % 13 = 0;
    UPDATE cases SET next_action = '{}' WHERE id % 17 = 0;
  `);
  db.close();
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the tampered folder, opened the way the handlers open it. */
function copy(name: string): { ctx: HandlerContext; db: Database } {
  const dir = join(root, name);
  cpSync(seeded, dir, { recursive: true });
  const db = openDatabase(dir);
  return { ctx: { repos: createRepositories(db) } as unknown as HandlerContext, db };
}

/** Every case rewritten whole, one case at a time: the way a recompute stored cases before. */
function rewriteEveryCase(ctx: HandlerContext, calendar: HolidayCalendar): void {
  const now = today();
  const { repos } = ctx;
  repos.transaction(() => {
    for (const inputs of repos.caseInputs.forCases(repos.cases.openIds())) {
      const c = computedOf(inputs, stateFrom(inputs, calendar, now), now);
      repos.cases.setComputed(inputs.id, { ...c, computedOn: now });
      repos.caseDates.replace(inputs.id, c.dates);
    }
  });
}

const contents = (db: Database) => ({
  cases: db.prepare('SELECT * FROM cases ORDER BY id').all(),
  dates: db.prepare('SELECT * FROM case_dates ORDER BY case_id, listing_id, kind').all(),
  counts: db.prepare('SELECT * FROM live_counts ORDER BY what').all(),
});

describe('a bulk recompute on seeded firms', () => {
  const calendars: [string, (ctx: HandlerContext) => HolidayCalendar][] = [
    ['the stored calendar', calendarOf],
    ['a new holiday year', () => withUserYears(officialCalendar(), [YEAR_2027])],
  ];
  it.each(calendars)(
    'with %s stores exactly what rewriting every case stores',
    (name, calendarFor) => {
      const old = copy(`${name}-old`);
      const fresh = copy(`${name}-new`);
      try {
        const tampered = contents(fresh.db);
        rewriteEveryCase(old.ctx, calendarFor(old.ctx));
        const ids = fresh.ctx.repos.cases.openIds();
        expect(ids.length).toBeGreaterThan(CASES * 0.9);
        recomputeCases(fresh.ctx, ids, { calendar: calendarFor(fresh.ctx), batch: 64 });

        const expected = contents(old.db);
        expect(expected.dates).not.toEqual(tampered.dates);
        expect(expected.cases).not.toEqual(tampered.cases);
        expect(contents(fresh.db)).toEqual(expected);
        expect(fresh.ctx.repos.cases.staleIds(today())).toEqual([]);
      } finally {
        old.db.close();
        fresh.db.close();
      }
    },
    60_000,
  );
});
