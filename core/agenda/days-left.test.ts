import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../dates';
import { addDays, daysLeft } from './days-left';

const calendar = officialCalendar();

describe('days left', () => {
  it.each([
    // Friday to Monday: one working day.
    ['2025-05-23', '2025-05-26', 'working', 1],
    // Over the Dragon Boat holiday (31 May–2 June 2025): 29 May → 6 June is 5 working days.
    ['2025-05-29', '2025-06-06', 'working', 5],
    ['2025-06-06', '2025-06-06', 'working', 0],
    // Overdue: 6 June → 10 June 2025 is 2 working days late.
    ['2025-06-10', '2025-06-06', 'working', -2],
    ['2025-05-29', '2025-06-06', 'calendar', 8],
    ['2025-06-10', '2025-06-06', '', -4],
  ] as const)('%s → %s (%s) = %i', (today, date, unit, expected) => {
    expect(daysLeft(today, date, unit, calendar)).toBe(expected);
  });

  it('adds plain days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
