import { describe, expect, it } from 'vitest';
import { officialCalendar, weekendsOnlyCalendar, withUserYears } from './calendar';

const cal = officialCalendar();

describe('officialCalendar', () => {
  it('covers 2004–2026 and not 2027', () => {
    expect(cal.years()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
  });

  it('knows holidays, make-up days and their names', () => {
    expect(cal.dayInfo('2025-10-06')).toEqual({
      date: '2025-10-06',
      working: false,
      kind: 'holiday',
      name: { en: 'Mid-autumn Festival', zh: '中秋' },
      known: true,
    });
    expect(cal.dayInfo('2025-09-28')).toMatchObject({
      working: true,
      kind: 'makeup',
      name: { zh: '国庆节' },
    });
    expect(cal.dayInfo('2025-06-07')).toMatchObject({
      working: false,
      kind: 'weekend',
      name: null,
    });
    expect(cal.dayInfo('2025-06-09')).toMatchObject({ working: true, kind: 'weekday' });
  });

  it('treats a year it lacks as weekends only, never guessing from another source', () => {
    expect(cal.dayInfo('2027-01-01')).toMatchObject({
      working: true,
      kind: 'weekday',
      known: false,
    });
    expect(cal.isWorkingDay('2027-01-02')).toBe(false);
    expect(weekendsOnlyCalendar().hasYear(2025)).toBe(false);
  });

  it('rejects bad dates', () => {
    expect(() => cal.isWorkingDay('2025-02-29')).toThrow(/no such day/);
  });
});

describe('withUserYears', () => {
  const user = withUserYears(cal, [
    {
      year: 2027,
      holidays: [{ start: '2027-02-05', end: '2027-02-11', name: '春节' }],
      makeupWorkdays: ['2027-02-13'],
    },
  ]);

  it('adds the year and keeps the official ones', () => {
    expect(user.hasYear(2027)).toBe(true);
    expect(user.years().at(-1)).toBe(2027);
    expect(user.dayInfo('2027-02-08')).toMatchObject({
      working: false,
      kind: 'holiday',
      name: { en: '春节', zh: '春节' },
    });
    expect(user.dayInfo('2027-02-13')).toMatchObject({
      working: true,
      kind: 'makeup',
      known: true,
    });
    expect(user.isWorkingDay('2025-10-01')).toBe(false);
  });
});
