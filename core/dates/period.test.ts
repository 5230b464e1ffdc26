import { describe, expect, it } from 'vitest';
import { eligibleFrom, explainEligibleFrom, periodEnd } from './period';
import { renderSteps } from './explain';

describe('periodEnd (RULES.md §2.2)', () => {
  it.each([
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2023-02-28', { years: 1 }, '2024-02-28'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2023-01-31', { months: 1 }, '2023-02-28'],
    ['2024-03-31', { months: 1 }, '2024-04-30'],
    ['2024-08-31', { months: 6 }, '2025-02-28'],
    ['2024-02-29', { months: 1 }, '2024-03-29'],
    ['2024-12-31', { months: 2 }, '2025-02-28'],
    ['2025-12-31', { days: 1 }, '2026-01-01'],
    ['2024-06-03', { years: 3 }, '2027-06-03'],
    ['2024-06-03', { days: 15 }, '2024-06-18'],
    ['2024-11-30', { years: 1, months: 3 }, '2026-02-28'],
    ['2025-05-05', {}, '2025-05-05'],
  ])('%s + %o ends %s', (start, span, end) => {
    expect(periodEnd(start, span)).toBe(end);
  });
});

describe('eligibleFrom (RULES.md §2.3)', () => {
  it('listed 2024-06-03, one year: may apply from 2025-06-04', () => {
    expect(eligibleFrom('2024-06-03', { years: 1 })).toBe('2025-06-04');
  });

  it('does not move for holidays: 2024-10-01 + 3 months → 2025-01-02 even near New Year', () => {
    expect(eligibleFrom('2024-10-01', { months: 3 })).toBe('2025-01-02');
    expect(eligibleFrom('2024-09-30', { years: 1 })).toBe('2025-10-01');
  });

  it('a month-end trigger: 2024-08-31 + 6 months may apply from 2025-03-01', () => {
    expect(eligibleFrom('2024-08-31', { months: 6 })).toBe('2025-03-01');
  });

  it('explains itself as RULES.md §2.8 shows, in both languages', () => {
    const steps = explainEligibleFrom(
      '2024-06-03',
      { years: 1 },
      { en: 'listed', zh: '列入名单' },
    ).steps;
    expect(renderSteps(steps, 'en').join('; ')).toBe(
      'listed 2024-06-03; one year ends 2025-06-03 (Civil Code art. 202); may apply from 2025-06-04',
    );
    expect(renderSteps(steps, 'zh')).toEqual([
      '2024-06-03 列入名单',
      '一年期间于 2025-06-03 届满（《民法典》第二百零二条）',
      '自 2025-06-04 起可以申请',
    ]);
  });

  it('says when the final month has no corresponding day', () => {
    const [, end] = renderSteps(explainEligibleFrom('2024-02-29', { years: 1 }).steps, 'en');
    expect(end).toBe('one year ends 2025-02-28, the last day of that month (Civil Code art. 202)');
  });
});

describe('bad input', () => {
  it.each([
    '2025-2-3',
    '2025-02-30',
    '2023-02-29',
    '',
    'tomorrow',
    '2025-13-01',
    '2025-06-03T00:00',
  ])('rejects %j with a clear message', (bad) => {
    expect(() => periodEnd(bad, { years: 1 })).toThrow(/Invalid start date/);
  });

  it('rejects negative and fractional spans', () => {
    expect(() => periodEnd('2025-01-01', { months: -1 })).toThrow(/number of months/);
    expect(() => eligibleFrom('2025-01-01', { years: 0.5 })).toThrow(/whole number/);
  });
});
