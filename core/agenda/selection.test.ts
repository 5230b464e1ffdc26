import { describe, expect, it } from 'vitest';
import type { DateKind } from '../rules';
import { agendaRange } from './range';
import { agendaStatus, needsReminder } from './selection';

const TODAY = '2026-12-01';
const at = (kind: DateKind, date: string, done = false) =>
  agendaStatus({ kind, date, done }, TODAY);

describe('how the agenda marks a date', () => {
  it('marks a deadline overdue, due today, upcoming or done', () => {
    expect(at('decisionDue', '2026-11-30')).toBe('overdue');
    expect(at('acceptanceDue', '2026-01-07')).toBe('overdue');
    expect(at('decisionDue', TODAY)).toBe('dueToday');
    expect(at('publicityStopDue', '2026-12-02')).toBe('upcoming');
    // Met: done, whether its date is past or still ahead.
    expect(at('decisionDue', '2026-11-30', true)).toBe('done');
    expect(at('decisionDue', '2026-12-05', true)).toBe('done');
  });

  it('marks a milestone past, never overdue: nothing was due on it', () => {
    expect(at('mayApplyFrom', '2025-06-04')).toBe('past');
    expect(at('automaticEnd', '2026-11-30')).toBe('past');
    expect(at('mayApplyFrom', TODAY)).toBe('dueToday');
    expect(at('automaticEnd', '2027-06-03')).toBe('upcoming');
  });

  it('reminds of what is still to be done only', () => {
    expect(['overdue', 'dueToday', 'upcoming'].every((s) => needsReminder(s as never))).toBe(true);
    expect(needsReminder('done')).toBe(false);
    expect(needsReminder('past')).toBe(false);
  });
});

describe('the default range', () => {
  it('runs from 30 days ago to a year ahead', () => {
    expect(agendaRange(TODAY, {}, null)).toEqual({ from: '2026-11-01', to: '2027-12-01' });
  });

  it('reaches back to the oldest overdue deadline', () => {
    expect(agendaRange(TODAY, {}, '2026-01-07')).toEqual({ from: '2026-01-07', to: '2027-12-01' });
    // A recent overdue date is inside the 30 days anyway.
    expect(agendaRange(TODAY, {}, '2026-11-20').from).toBe('2026-11-01');
  });

  it('keeps the ends given and places the other around them', () => {
    expect(agendaRange(TODAY, { from: '2026-12-24', to: '2026-12-31' }, '2026-01-07')).toEqual({
      from: '2026-12-24',
      to: '2026-12-31',
    });
    // A start after today: a year from the start.
    expect(agendaRange(TODAY, { from: '2027-03-01' }, null)).toEqual({
      from: '2027-03-01',
      to: '2028-03-01',
    });
    // An end long ago: the range starts there, never after its end.
    expect(agendaRange(TODAY, { to: '2025-05-31' }, null)).toEqual({
      from: '2025-05-31',
      to: '2025-05-31',
    });
    expect(agendaRange(TODAY, { to: '2026-12-10' }, null)).toEqual({
      from: '2026-11-01',
      to: '2026-12-10',
    });
  });
});
