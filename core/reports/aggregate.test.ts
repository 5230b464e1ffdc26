import { describe, expect, it } from 'vitest';
import { officialCalendar, weekendsOnlyCalendar } from '../dates';
import {
  decisionTimes,
  eligibleSpan,
  eligibleWeeks,
  monthsOf,
  percentile,
  rates,
  stageSeries,
  workload,
} from './aggregate';
import { reportInput, resolveFilters } from './filters';

const legal = () => ({ n: 5, unit: 'working' as const });

describe('decision times in working days', () => {
  // National Day 2025: 1–8 October off, Saturday 11 October a make-up working day.
  const rows = [
    { authority: 'A', regimeId: 'r', start: '2025-09-30', end: '2025-10-09', n: 1 },
    { authority: 'A', regimeId: 'r', start: '2025-09-30', end: '2025-10-14', n: 1 },
    { authority: 'A', regimeId: 'r', start: '2025-09-30', end: '2025-10-20', n: 3 },
  ];

  it('skips the holiday and counts the make-up Saturday, as the deadline count does', () => {
    const [row] = decisionTimes(rows, officialCalendar(), legal);
    // 9 Oct is the first working day after the holiday; to 14 Oct: 9, 10, 11 (make-up), 13, 14.
    // To 20 Oct: those 5 plus 15, 16, 17, 20 = 9.
    expect(row).toMatchObject({ decisions: 5, median: 9, p90: 9, late: 3 });
    expect(row!.legal).toEqual({ n: 5, unit: 'working' });
  });

  it('counts the same days as weekdays on a calendar without the holiday', () => {
    const [row] = decisionTimes(rows.slice(0, 2), weekendsOnlyCalendar(), legal);
    // 1–9 Oct: 7 weekdays; to 14 Oct: 10.
    expect(row).toMatchObject({ decisions: 2, median: 7, p90: 10, late: 2 });
  });

  it('groups per authority and regime, slowest first; a same-day decision takes 0 days', () => {
    const out = decisionTimes(
      [
        { authority: 'Fast', regimeId: 'r', start: '2026-03-02', end: '2026-03-02', n: 2 },
        { authority: 'Slow', regimeId: 'r', start: '2026-03-02', end: '2026-03-13', n: 1 },
      ],
      weekendsOnlyCalendar(),
      () => null,
    );
    expect(out.map((r) => [r.authority, r.median, r.p90, r.late])).toEqual([
      ['Slow', 9, 9, 0],
      ['Fast', 0, 0, 0],
    ]);
  });
});

describe('percentile (nearest rank)', () => {
  it('takes the smallest value with at least p of the observations at or below it', () => {
    const ones = Array.from({ length: 10 }, (_, i) => ({ value: i + 1, n: 1 }));
    expect(percentile(ones, 0.5)).toBe(5);
    expect(percentile(ones, 0.9)).toBe(9);
    expect(
      percentile(
        [
          { value: 3, n: 9 },
          { value: 40, n: 1 },
        ],
        0.9,
      ),
    ).toBe(3);
    expect(
      percentile(
        [
          { value: 3, n: 8 },
          { value: 40, n: 2 },
        ],
        0.9,
      ),
    ).toBe(40);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('approval rates', () => {
  it('sums rows of the same key and divides approved by decided, most decisions first', () => {
    expect(
      rates([
        { key: 'B', decided: 1, approved: 0 },
        { key: 'A', decided: 3, approved: 2 },
        { key: 'B', decided: 3, approved: 3 },
      ]),
    ).toEqual([
      { key: 'B', decided: 4, approved: 3, rate: 0.75 },
      { key: 'A', decided: 3, approved: 2, rate: 2 / 3 },
    ]);
    expect(rates([{ key: 'C', decided: 0, approved: 0 }])[0]!.rate).toBeNull();
  });
});

describe('the next twelve weeks', () => {
  it('runs across the year end, week one starting today', () => {
    const now = '2026-12-28';
    expect(eligibleSpan(now)).toEqual({ from: '2026-12-28', to: '2027-03-21' });
    const weeks = eligibleWeeks(
      [
        { date: '2026-12-28', n: 1 },
        { date: '2027-01-03', n: 2 },
        { date: '2027-01-04', n: 4 },
        { date: '2027-03-21', n: 8 },
        { date: '2027-03-22', n: 100 },
        { date: '2026-12-27', n: 100 },
      ],
      now,
    );
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ from: '2026-12-28', to: '2027-01-03', cases: 3 });
    expect(weeks[1]).toEqual({ from: '2027-01-04', to: '2027-01-10', cases: 4 });
    expect(weeks[11]).toEqual({ from: '2027-03-15', to: '2027-03-21', cases: 8 });
    expect(weeks.reduce((s, w) => s + w.cases, 0)).toBe(15);
  });
});

describe('months and stages', () => {
  it('fills every month of the range, across a year end, with zeros', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    const s = stageSeries([{ month: '2025-12', stage: 'filed', n: 4 }], '2025-11-15', '2026-01-01');
    expect(s.months.map((m) => [m.month, m.filed, m.repaired])).toEqual([
      ['2025-11', 0, 0],
      ['2025-12', 4, 0],
      ['2026-01', 0, 0],
    ]);
  });
});

describe('workload', () => {
  it('totals open cases per assignee in lifecycle order of stages', () => {
    const w = workload(
      [
        { assignee: 'Li', stage: 'filed', n: 2 },
        { assignee: '', stage: 'intake', n: 1 },
        { assignee: 'Li', stage: 'intake', n: 1 },
      ],
      ['intake', 'filed', 'accepted'],
    );
    expect(w.stages).toEqual(['intake', 'filed']);
    expect(w.rows).toEqual([
      { assignee: 'Li', byStage: { filed: 2, intake: 1 }, total: 3 },
      { assignee: '', byStage: { intake: 1 }, total: 1 },
    ]);
  });
});

describe('filters', () => {
  it('default to the last twelve months and refuse a range that ends before it starts', () => {
    expect(
      resolveFilters({ regimeId: '', authority: '', assignee: '' }, '2026-03-10'),
    ).toMatchObject({
      from: '2025-04-01',
      to: '2026-03-10',
    });
    const bad = reportInput.safeParse({ report: 'stages', from: '2026-02-01', to: '2026-01-01' });
    expect(bad.success).toBe(false);
    const long = reportInput.safeParse({ report: 'stages', from: '2000-01-01', to: '2026-01-01' });
    expect(long.success).toBe(false);
    expect(reportInput.safeParse({ report: 'stages', regimeId: 'nope' }).success).toBe(false);
    expect(reportInput.parse({ report: 'overdue' })).toMatchObject({ regimeId: '', authority: '' });
  });
});
