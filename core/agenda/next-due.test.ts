import { describe, expect, it } from 'vitest';
import { nextDue, type DatedItem } from './next-due';

const TODAY = '2026-06-10';
const d = (kind: DatedItem['kind'], date: string, done = false): DatedItem => ({
  kind,
  date,
  done,
});

describe('nextDue', () => {
  it('is the earliest open authority deadline while the authority clock runs, overdue included', () => {
    const dates = [
      d('decisionDue', '2026-06-20'),
      d('acceptanceDue', '2026-06-01'),
      d('automaticEnd', '2027-01-01'),
    ];
    expect(nextDue(dates, 'filed', TODAY)).toBe('2026-06-01');
  });

  it('skips a deadline the authority has met', () => {
    const dates = [d('acceptanceDue', '2026-06-01', true), d('decisionDue', '2026-06-20')];
    expect(nextDue(dates, 'accepted', TODAY)).toBe('2026-06-20');
  });

  it('counts milestones from today on, not those past', () => {
    const dates = [d('mayApplyFrom', '2026-06-09'), d('automaticEnd', '2026-09-01')];
    expect(nextDue(dates, 'waiting', TODAY)).toBe('2026-09-01');
    expect(nextDue([d('mayApplyFrom', TODAY)], 'waiting', TODAY)).toBe(TODAY);
  });

  it('ignores deadlines before filing or after the case ended', () => {
    expect(nextDue([d('decisionDue', '2026-06-20')], 'preparing', TODAY)).toBeNull();
    expect(nextDue([d('decisionDue', '2026-06-20')], 'withdrawn', TODAY)).toBeNull();
  });

  it('keeps the publicity stop of a repaired case, not its milestones', () => {
    const dates = [d('publicityStopDue', '2026-06-15'), d('automaticEnd', '2026-06-12')];
    expect(nextDue(dates, 'repaired', TODAY)).toBe('2026-06-15');
    expect(nextDue([d('automaticEnd', '2026-06-12')], 'closed', TODAY)).toBeNull();
  });

  it('is null without any date', () => {
    expect(nextDue([], 'intake', TODAY)).toBeNull();
  });
});
