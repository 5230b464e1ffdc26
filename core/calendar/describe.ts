/** A year of a holiday calendar as the Rules screen lists it: holiday ranges and make-up days. */
import type { HolidayCalendar } from '../dates/calendar';
import { dateOfDay, dayNumber } from '../dates/plain';
import type { Bilingual } from '../dates/plain';

export interface YearSummary {
  year: number;
  holidays: { start: string; end: string; name: Bilingual }[];
  makeupWorkdays: string[];
}

export function describeYear(calendar: HolidayCalendar, year: number): YearSummary {
  const holidays: YearSummary['holidays'] = [];
  const makeupWorkdays: string[] = [];
  const last = dayNumber(`${year}-12-31`);
  for (let d = dayNumber(`${year}-01-01`); d <= last; d += 1) {
    const info = calendar.dayInfo(dateOfDay(d));
    if (info.kind === 'makeup') makeupWorkdays.push(info.date);
    if (info.kind !== 'holiday') continue;
    const previous = holidays[holidays.length - 1];
    // Consecutive days of the same holiday form one range, as in the State Council notice.
    if (previous && dayNumber(previous.end) === d - 1 && previous.name.en === info.name?.en) {
      previous.end = info.date;
    } else {
      holidays.push({ start: info.date, end: info.date, name: info.name ?? { en: '', zh: '' } });
    }
  }
  return { year, holidays, makeupWorkdays };
}
