import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { officialCalendar, withUserYears } from '../core/dates';
import { dateChanges } from '../core/rules';
import { movableIds, movedCases } from '../jobs/calendar-year';
import { calendarOf } from './handlers/evaluation';
import { stateFrom } from '../core/recompute';
import { today } from '../core/today';
import { recomputeCases } from './handlers/refresh';
import { seed, YEAR_2027, type Seeded } from './recompute-kit';

let s: Seeded | undefined;
afterEach(() => {
  s?.close();
  s = undefined;
});

describe('recomputing many cases', () => {
  it("a holiday year's changes come from only the cases it can move, the same as evaluating every case", async () => {
    s = await seed(48);
    const { ctx } = s;
    const before = calendarOf(ctx);
    const after = withUserYears(officialCalendar(), [YEAR_2027]);
    const everyCase = ctx.repos.caseInputs.forCases(ctx.repos.cases.openIds());
    const moving = everyCase
      .filter(
        (c) =>
          dateChanges(
            stateFrom(c, before, today()).evaluation,
            stateFrom(c, after, today()).evaluation,
          ).length > 0,
      )
      .map((c) => c.id);

    expect(moving.length).toBeGreaterThan(0);
    expect(movableIds(ctx.repos, 2027).length).toBeLessThan(everyCase.length);
    expect(movedCases(ctx.repos, YEAR_2027).map((m) => m.change.caseId)).toEqual(moving);
  }, 60_000);

  it('recomputes every case in batches to exactly what each write stored, reporting progress', async () => {
    s = await seed(20);
    const { ctx } = s;
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

  it('saves a year in a worker thread, announcing progress with the job to cancel, then a data change', async () => {
    s = await seed(30);
    const { t } = s;
    const heard: string[] = [];
    t.backend.events.on('calendar.progress', (p) =>
      heard.push(`${p.op} ${p.year} ${p.done}/${p.total} ${p.jobId.length > 0}`),
    );
    t.backend.events.on('data.changed', (p) => heard.push(p.channel));
    const saved = await t.ok('calendars.save', YEAR_2027);
    expect(saved.changes.length).toBeGreaterThan(0);
    const total = movableIds(s.ctx.repos, 2027).length;
    expect(heard).toEqual([`save 2027 ${total}/${total} true`, 'calendars.save']);

    const before = t.snapshot();
    const r = await t.backend.dispatch('calendars.cancel', { jobId: randomUUID() }, { lang: 'zh' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: '此次案件核查已经结束或已取消。' },
    });
    expect(t.snapshot()).toBe(before);
  }, 60_000);
});
