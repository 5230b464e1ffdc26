import { describe, expect, it } from 'vitest';
import { officialCalendar, weekendsOnlyCalendar, withUserYears } from './calendar';
import {
  addCalendarDays,
  addWorkingDays,
  explainWorkingDays,
  firstWorkingDayOnOrAfter,
} from './count';
import { explainSteps } from './explain';

const cal = officialCalendar();

describe('addWorkingDays (RULES.md §2.4)', () => {
  it('received Thursday 2025-05-29 + 5 wd is due 2025-06-06, skipping the Dragon Boat holiday', () => {
    const result = explainWorkingDays('2025-05-29', 5, cal, { en: 'received', zh: '收到' });
    expect(result.date).toBe('2025-06-06');
    expect(result.provisional).toBe(false);
    const { en, zh } = explainSteps(result.steps);
    expect(en).toEqual([
      'received 2025-05-29',
      'working days: 2025-05-30 (1)',
      '2025-05-31–2025-06-02 is the Dragon Boat Festival holiday, not counted',
      'working days: 2025-06-03 (2), 2025-06-04 (3), 2025-06-05 (4), 2025-06-06 (5)',
      '5 working days end 2025-06-06',
    ]);
    expect(zh[2]).toBe('2025-05-31–2025-06-02 为端午假期，不计入');
  });

  it.each([
    // Spring Festival 2024: 02-10…02-17 off, Sunday 02-04 and Saturday 02-18 worked.
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-03', 1, '2024-02-04'],
    // Spring Festival 2025: 01-28…02-04 off, Sunday 01-26 and Saturday 02-08 worked.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-02-07', 1, '2025-02-08'],
    // Spring Festival 2026: 02-15…02-23 off, Saturdays 02-14 and 02-28 worked.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-27', 1, '2026-02-28'],
    // National Day 2024: 10-01…10-07 off, Sunday 09-29 and Saturday 10-12 worked.
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    // National Day 2025 (with Mid-autumn): 10-01…10-08 off, 09-28 and 10-11 worked.
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-30', 7, '2025-10-16'],
    // National Day 2026: 10-01…10-07 off, Sunday 09-20 and Saturday 10-10 worked.
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-30', 3, '2026-10-10'],
    // Year ends: New Year's Day 2025 is a Wednesday; 2026-01-01…03 off, Sunday 01-04 worked.
    ['2024-12-31', 1, '2025-01-02'],
    ['2025-12-31', 1, '2026-01-04'],
    // Leap day 2024 is a Thursday.
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 2, '2024-03-04'],
    // A filing on a holiday: the start day is not counted anyway.
    ['2025-10-03', 2, '2025-10-10'],
    ['2025-05-29', 0, '2025-05-29'],
  ])('%s + %i wd → %s', (start, n, due) => {
    expect(addWorkingDays(start, n, cal)).toEqual({
      date: due,
      provisional: false,
      missingYears: [],
    });
  });

  it('15 working days over National Day 2025', () => {
    expect(addWorkingDays('2025-09-22', 15, cal).date).toBe('2025-10-17');
  });
});

describe('addCalendarDays (RULES.md §2.5)', () => {
  it.each([
    ['2025-06-01', 15, '2025-06-16'],
    ['2025-09-16', 15, '2025-10-09'],
    ['2025-09-13', 15, '2025-09-28'],
    ['2024-01-31', 29, '2024-02-29'],
    ['2025-12-17', 15, '2026-01-04'],
    ['2026-02-01', 15, '2026-02-24'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2025-06-13', 1, '2025-06-16'],
  ])('%s + %i days → %s', (start, n, due) => {
    expect(addCalendarDays(start, n, cal).date).toBe(due);
  });
});

describe('firstWorkingDayOnOrAfter', () => {
  it.each([
    ['2025-06-04', '2025-06-04'],
    ['2025-05-31', '2025-06-03'],
    ['2025-10-01', '2025-10-09'],
    ['2025-09-28', '2025-09-28'],
    ['2026-02-14', '2026-02-14'],
    ['2026-02-15', '2026-02-24'],
  ])('%s → %s', (date, first) => {
    expect(firstWorkingDayOnOrAfter(date, cal).date).toBe(first);
  });
});

describe('unknown years (RULES.md §2.7)', () => {
  it('a count into 2027 is provisional and names 2027', () => {
    expect(addWorkingDays('2026-12-25', 10, cal)).toEqual({
      date: '2027-01-08',
      provisional: true,
      missingYears: [2027],
    });
    expect(addCalendarDays('2026-12-20', 15, cal)).toMatchObject({
      provisional: true,
      missingYears: [2027],
    });
    expect(firstWorkingDayOnOrAfter('2027-01-01', cal)).toMatchObject({
      provisional: true,
      missingYears: [2027],
    });
  });

  it('a count that stays in 2026 is not provisional', () => {
    expect(addWorkingDays('2026-12-01', 10, cal).provisional).toBe(false);
  });

  it('an entered 2027 removes the warning and its holidays count', () => {
    const with2027 = withUserYears(cal, [
      {
        year: 2027,
        holidays: [{ start: '2027-01-01', end: '2027-01-03', name: '元旦' }],
        makeupWorkdays: ['2027-01-09'],
      },
    ]);
    expect(addWorkingDays('2026-12-31', 1, with2027)).toEqual({
      date: '2027-01-04',
      provisional: false,
      missingYears: [],
    });
    expect(addWorkingDays('2027-01-08', 1, with2027).date).toBe('2027-01-09');
    expect(addWorkingDays('2025-05-29', 5, with2027).date).toBe('2025-06-06');
  });

  it('a weekends-only calendar marks every year it touches', () => {
    expect(addWorkingDays('2025-12-30', 3, weekendsOnlyCalendar()).missingYears).toEqual([
      2025, 2026,
    ]);
  });
});

describe('bad input', () => {
  it('throws clear errors', () => {
    expect(() => addWorkingDays('2025-02-29', 1, cal)).toThrow(/Invalid start date "2025-02-29"/);
    expect(() => addWorkingDays('2025-06-01', -1, cal)).toThrow(/number of working days -1/);
    expect(() => addCalendarDays('2025/06/01', 1, cal)).toThrow(/YYYY-MM-DD/);
    expect(() => firstWorkingDayOnOrAfter('20250601', cal)).toThrow(/Invalid date/);
  });
});
