import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** Listed 2026-06-03: may apply from 2027-06-04, a day of a year with no official calendar. */
async function caseInto2027() {
  const client = await t.ok('clients.create', COMPANY);
  return t.ok('cases.create', {
    clientId: client.id,
    listings: [
      {
        regimeId: 'samr-serious-list',
        authority: 'SAMR',
        decisionNo: 'A-1',
        decisionDate: '2026-06-01',
        listingDate: '2026-06-03',
      },
    ],
  });
}

const YEAR_2027 = {
  year: 2027,
  holidays: [{ start: '2027-06-04', end: '2027-06-06', name: '端午节' }],
  makeupWorkdays: ['2027-06-12'],
};

const firstWorkingDay = (c: Awaited<ReturnType<typeof caseInto2027>>) =>
  c.evaluation.dates.find((d) => d.kind === 'firstWorkingDayToFile')!;

describe('case dates and holiday calendars', () => {
  it('computes the case dates with explanations, and marks a 2027 count provisional', async () => {
    t = testBackend();
    const c = await caseInto2027();
    expect(c.catalogueVersion).toBe('2026.1');
    const may = c.evaluation.dates.find((d) => d.kind === 'mayApplyFrom')!;
    expect(may).toMatchObject({ date: '2027-06-04', provisional: false });
    expect(may.explanation.en.join(' ')).toContain('2027-06-03');
    expect(may.explanation.zh.join(' ')).toContain('2027-06-04');
    expect(firstWorkingDay(c)).toMatchObject({
      date: '2027-06-04',
      provisional: true,
      missingYears: [2027],
    });
  });

  it('previews, then saves a typed-in year: the date moves, stops being provisional, and the history says so', async () => {
    t = testBackend();
    const c = await caseInto2027();
    const before = t.snapshot();
    const preview = await t.ok('calendars.preview', YEAR_2027);
    expect(t.snapshot()).toBe(before);
    expect(preview.changes).toEqual([
      expect.objectContaining({
        caseId: c.id,
        dates: [
          expect.objectContaining({
            kind: 'firstWorkingDayToFile',
            before: { date: '2027-06-04', provisional: true },
            after: { date: '2027-06-07', provisional: false },
            listing: expect.objectContaining({ en: expect.stringMatching(/^SAMR seriously/) }),
          }),
        ],
      }),
    ]);

    const saved = await t.ok('calendars.save', YEAR_2027);
    expect(saved.changes).toEqual(preview.changes);
    const after = await t.ok('cases.get', { id: c.id });
    expect(firstWorkingDay(after)).toMatchObject({
      date: '2027-06-07',
      provisional: false,
      missingYears: [],
    });
    expect(after.history[0]).toMatchObject({
      entity: 'case',
      action: 'update',
      after: { calendarYear: 2027 },
    });
    expect((await t.ok('calendars.list', {})).user).toEqual([YEAR_2027]);
    expect((await t.ok('calendars.list', {})).official.map((y) => y.year)).toContain(2026);
  });

  it.each([
    [{ ...YEAR_2027, makeupWorkdays: ['2027-06-09'] }, 'makeupWorkdays.0', 'Saturday or Sunday'],
    [{ ...YEAR_2027, year: 2026 }, 'year', 'already built in'],
    [
      { ...YEAR_2027, holidays: [{ start: '2028-01-01', end: '2028-01-02', name: '元旦' }] },
      'holidays.0.start',
      'not in 2027',
    ],
    [
      {
        ...YEAR_2027,
        holidays: [...YEAR_2027.holidays, { start: '2027-06-05', end: '2027-06-08', name: 'X' }],
      },
      'holidays.1.start',
      'overlap',
    ],
  ])('refuses a wrong year and writes nothing (%#)', async (input, field, text) => {
    t = testBackend();
    await caseInto2027();
    const before = t.snapshot();
    const r = await t.backend.dispatch('calendars.save', input, { lang: 'en' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid', field, message: expect.stringContaining(text) },
    });
    expect(t.snapshot()).toBe(before);
  });

  it('serves the rule catalogue', async () => {
    t = testBackend();
    const catalogue = await t.ok('rules.catalogue', {});
    expect(catalogue.version).toBe('2026.1');
    expect(Object.keys(catalogue.regimes)).toContain('samr-serious-list');
  });
});
