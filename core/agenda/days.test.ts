import { describe, expect, it } from 'vitest';
import { summariseDays } from './days';

describe('summariseDays', () => {
  it('counts each day, its overdue dates and its most urgent status', () => {
    const today = '2026-03-03';
    expect(
      summariseDays(
        [
          // A met deadline and an overdue one on the same past day: overdue wins.
          { date: '2026-03-01', kind: 'decisionDue', done: true, n: 2 },
          { date: '2026-03-01', kind: 'acceptanceDue', done: false, n: 3 },
          { date: '2026-03-01', kind: 'mayApplyFrom', done: false, n: 1 },
          { date: '2026-03-03', kind: 'automaticEnd', done: false, n: 1 },
          { date: '2026-03-10', kind: 'decisionDue', done: false, n: 4 },
        ],
        today,
      ),
    ).toEqual([
      { date: '2026-03-01', count: 6, overdue: 3, status: 'overdue' },
      { date: '2026-03-03', count: 1, overdue: 0, status: 'dueToday' },
      { date: '2026-03-10', count: 4, overdue: 0, status: 'upcoming' },
    ]);
  });

  it('has no day without dates', () => {
    expect(summariseDays([], '2026-03-03')).toEqual([]);
  });
});
