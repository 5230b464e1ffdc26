import { afterEach, describe, expect, it } from 'vitest';
import { seed, YEAR_2027, type Seeded } from './recompute-kit';
import { runCalendarJob } from '../jobs/calendar-ops';

let s: Seeded | undefined;
afterEach(() => {
  s?.close();
  s = undefined;
});

describe("a holiday year's job", () => {
  it('previews without writing, reporting progress batch by batch', async () => {
    s = await seed(30);
    const before = s.t.snapshot();
    const progress: [number, number][] = [];
    const preview = await runCalendarJob(
      { op: 'preview', dataDir: s.t.dir, year: YEAR_2027 },
      new AbortController().signal,
      (done, total) => progress.push([done, total]),
    );
    expect(preview.changes.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
    expect(s.t.snapshot()).toBe(before);
  }, 60_000);

  it('stopped while checking, a save writes nothing', async () => {
    s = await seed(30);
    const before = s.t.snapshot();
    const stop = new AbortController();
    const saving = runCalendarJob(
      { op: 'save', dataDir: s.t.dir, year: YEAR_2027 },
      stop.signal,
      () => stop.abort(),
    );
    await expect(saving).rejects.toMatchObject({ name: 'AbortError' });
    expect(s.t.snapshot()).toBe(before);
  }, 60_000);

  it('saves the year with the dates it moves, checking again a case written while it checked', async () => {
    s = await seed(30);
    const { t } = s;
    const [first] = (
      await runCalendarJob(
        { op: 'preview', dataDir: t.dir, year: YEAR_2027 },
        new AbortController().signal,
        () => undefined,
      )
    ).changes;
    const moving = first!.caseId;
    let archived = false;
    const saved = await runCalendarJob(
      { op: 'save', dataDir: t.dir, year: YEAR_2027 },
      new AbortController().signal,
      () => {
        if (archived) return;
        archived = true;
        // Another window archives a case the year moves, after the job read it.
        void t.ok('cases.archive', { id: moving });
      },
    );
    expect(saved.changes.map((c) => c.caseId)).not.toContain(moving);
    expect((await t.ok('calendars.list', {})).user).toEqual([YEAR_2027]);
  }, 60_000);
});
