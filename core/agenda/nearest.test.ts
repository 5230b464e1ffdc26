import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../dates';
import { nearestDate } from './nearest';

const calendar = officialCalendar();
const item = (
  kind: 'acceptanceDue' | 'decisionDue' | 'mayApplyFrom',
  date: string,
  unit: 'working' | 'calendar' | '',
  done = false,
) => ({ listingId: 4, kind, date, unit, done, provisional: false });

describe('nearestDate', () => {
  it('is the date the Cases list sorts by, counted in working days when overdue', () => {
    // 6 June 2025 seen on 10 June: 2 working days late (Dragon Boat holiday before it).
    const dates = [
      item('decisionDue', '2025-07-01', 'working'),
      item('acceptanceDue', '2025-06-06', 'working'),
    ];
    expect(nearestDate(dates, 'filed', '2025-06-10', calendar)).toEqual({
      listingId: 4,
      kind: 'acceptanceDue',
      date: '2025-06-06',
      unit: 'working',
      daysLeft: -2,
      status: 'overdue',
    });
  });

  it('counts a milestone in calendar days and marks today as due today', () => {
    const dates = [item('mayApplyFrom', '2025-06-10', '')];
    expect(nearestDate(dates, 'waiting', '2025-06-10', calendar)).toMatchObject({
      daysLeft: 0,
      status: 'dueToday',
    });
    expect(nearestDate(dates, 'waiting', '2025-06-01', calendar)).toMatchObject({
      daysLeft: 9,
      status: 'upcoming',
    });
  });

  it('is null when nothing is still to come', () => {
    expect(
      nearestDate(
        [item('acceptanceDue', '2025-06-06', 'working', true)],
        'accepted',
        '2025-06-10',
        calendar,
      ),
    ).toBeNull();
    expect(
      nearestDate([item('mayApplyFrom', '2025-06-01', '')], 'waiting', '2025-06-10', calendar),
    ).toBeNull();
  });
});
