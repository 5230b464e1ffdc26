import { describe, expect, it } from 'vitest';
import { translateMessage as translateCalendarMessage } from '../messages';
import { userYearsSchema, validateUserYear } from './schema';

const good = {
  year: 2027,
  holidays: [
    { start: '2027-01-01', end: '2027-01-03', name: '元旦' },
    { start: '2027-02-05', end: '2027-02-11', name: '春节' },
  ],
  makeupWorkdays: ['2027-02-13', '2027-01-31'],
};

function problems(input: unknown) {
  const result = validateUserYear(input);
  return result.ok
    ? []
    : result.issues.map((i) => `${i.path} ${translateCalendarMessage(i.message, 'en')}`);
}

describe('validateUserYear', () => {
  it('accepts a well-formed year', () => {
    expect(validateUserYear(good)).toEqual({ ok: true, value: good });
  });

  it('refuses a year the official data covers', () => {
    expect(problems({ ...good, year: 2026 })[0]).toMatch(
      /^year The official calendar for 2026 is already built in/,
    );
  });

  it('refuses a date outside the year, a reversed range and overlaps', () => {
    expect(
      problems({ ...good, holidays: [{ start: '2026-12-31', end: '2027-01-02', name: '元旦' }] }),
    ).toEqual([
      'holidays.0.start 2026-12-31 is not in 2027; every date of this notice must be in 2027.',
    ]);
    expect(
      problems({
        ...good,
        holidays: [{ start: '2027-01-03', end: '2027-01-01', name: '元旦' }],
      })[0],
    ).toMatch(/^holidays.0.end The holiday "元旦" ends \(2027-01-01\) before it starts/);
    const overlapping = [
      ...good.holidays,
      { start: '2027-02-11', end: '2027-02-12', name: '加班' },
    ];
    expect(problems({ ...good, holidays: overlapping })).toEqual([
      'holidays.2.start The holidays "春节" and "加班" overlap; a day can belong to one holiday only.',
    ]);
  });

  it('requires make-up days on weekends, outside holidays, once each', () => {
    expect(problems({ ...good, makeupWorkdays: ['2027-02-15'] })[0]).toMatch(
      /2027-02-15 is a weekday/,
    );
    expect(problems({ ...good, makeupWorkdays: ['2027-02-06'] })[0]).toMatch(
      /inside the holiday "春节"/,
    );
    expect(problems({ ...good, makeupWorkdays: ['2027-02-13', '2027-02-13'] })[0]).toMatch(
      /listed twice/,
    );
  });

  it('refuses impossible dates and empty names with messages in both languages', () => {
    const result = validateUserYear({
      ...good,
      makeupWorkdays: ['2027-02-29'],
      holidays: [{ start: '2027-01-01', end: '2027-01-01', name: ' ' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const zh = result.issues.map((i) => `${i.path} ${translateCalendarMessage(i.message, 'zh')}`);
    expect(zh).toContain('holidays.0.name 请输入假期名称，例如“春节”。');
    expect(zh).toContain('makeupWorkdays.0 请输入真实日期，格式为 YYYY-MM-DD，例如 2027-10-01。');
  });

  it('refuses a year out of range or not a number', () => {
    expect(problems({ ...good, year: 1999 })).toEqual(['year Enter a year between 2000 and 2100.']);
    expect(problems({ ...good, year: '2027' })).toEqual([
      'year Enter a year between 2000 and 2100.',
    ]);
  });

  it('passes shared keys on to core/messages', () => {
    expect(translateCalendarMessage('field.required', 'zh')).toBe('此项为必填项。');
    expect(translateCalendarMessage('plain text', 'en')).toBe('plain text');
  });

  it('refuses the same year twice', () => {
    const result = userYearsSchema.safeParse([good, good]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('calendar.yearDuplicate|{"year":2027}');
  });
});
