/** Working-day and calendar-day deadlines against a holiday calendar (RULES.md §2.4–2.5, §2.7). */
import type { DayInfo, HolidayCalendar } from './calendar';
import type { CountStep } from './explain';
import type { Explained } from './period';
import { assertCount, dateOfDay, dayNumber, type Bilingual } from './plain';

export interface DueDate {
  date: string;
  provisional: boolean;
  /** Years the count touched that the calendar has no data for, ascending. */
  missingYears: number[];
}

/**
 * Days already looked up, per calendar object (calendars never change: a new year makes a
 * new calendar): a bulk recompute counts over the same few years for every case. Frozen,
 * as they are shared; emptied when full, to stay small.
 */
const looked = new WeakMap<HolidayCalendar, Map<number, Readonly<DayInfo>>>();

function lookedUp(calendar: HolidayCalendar): Map<number, Readonly<DayInfo>> {
  let days = looked.get(calendar);
  if (!days) looked.set(calendar, (days = new Map()));
  return days;
}

/** Walks days one at a time, remembering unknown years and grouping skipped rest days. */
class Walk {
  private readonly missing = new Set<number>();
  private rest: DayInfo[] = [];
  readonly steps: CountStep[] = [];
  private readonly days: Map<number, Readonly<DayInfo>>;

  constructor(private readonly calendar: HolidayCalendar) {
    this.days = lookedUp(calendar);
  }

  info(day: number): DayInfo {
    let info = this.days.get(day);
    if (!info) {
      if (this.days.size >= 20_000) this.days.clear();
      info = Object.freeze(this.calendar.dayInfo(dateOfDay(day)));
      this.days.set(day, info);
    }
    if (!info.known) this.missing.add(Number(info.date.slice(0, 4)));
    return info;
  }

  /** Records a rest day; consecutive ones become one step so a holiday reads as a range. */
  skip(info: DayInfo): void {
    this.rest.push(info);
  }

  flushRest(): void {
    const first = this.rest[0];
    const last = this.rest[this.rest.length - 1];
    if (!first || !last) return;
    const names = new Map<string, Bilingual>();
    for (const day of this.rest)
      if (day.kind === 'holiday' && day.name) names.set(day.name.en, day.name);
    this.steps.push({
      kind: 'restDays',
      from: first.date,
      to: last.date,
      holidays: [...names.values()],
    });
    this.rest = [];
  }

  result(date: string): Explained {
    this.flushRest();
    const missingYears = [...this.missing].sort((a, b) => a - b);
    if (missingYears.length) this.steps.push({ kind: 'provisional', years: missingYears });
    return { date, provisional: missingYears.length > 0, missingYears, steps: this.steps };
  }
}

function makeupName(info: DayInfo): Bilingual | null {
  return info.kind === 'makeup' ? info.name : null;
}

/** Skip the start day, count n working days; the n-th is the last day (§2.4). */
export function explainWorkingDays(
  start: string,
  n: number,
  calendar: HolidayCalendar,
  label: Bilingual | null = null,
): Explained {
  assertCount(n, 'number of working days');
  let day = dayNumber(start, 'start date');
  const walk = new Walk(calendar);
  walk.steps.push({ kind: 'start', date: start, label });
  for (let counted = 0; counted < n;) {
    day += 1;
    const info = walk.info(day);
    if (!info.working) {
      walk.skip(info);
      continue;
    }
    walk.flushRest();
    counted += 1;
    walk.steps.push({
      kind: 'workingDay',
      date: info.date,
      index: counted,
      makeup: makeupName(info),
    });
  }
  walk.flushRest();
  walk.steps.push({ kind: 'workingDaysEnd', n, date: dateOfDay(day) });
  return walk.result(dateOfDay(day));
}

export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar): DueDate {
  return dueDate(explainWorkingDays(start, n, calendar));
}

/** Moves forward from `day` (inclusive) to the first working day, recording skipped days. */
function rollForward(day: number, walk: Walk): DayInfo {
  for (let info = walk.info(day); ; info = walk.info(day)) {
    if (info.working) return info;
    walk.skip(info);
    day += 1;
  }
}

/** The date plus n; a rest day moves to the next working day (§2.5, Civil Code art. 203). */
export function explainCalendarDays(
  start: string,
  n: number,
  calendar: HolidayCalendar,
  label: Bilingual | null = null,
): Explained {
  assertCount(n, 'number of days');
  const endDay = dayNumber(start, 'start date') + n;
  const end = dateOfDay(endDay);
  const walk = new Walk(calendar);
  walk.steps.push({ kind: 'start', date: start, label }, { kind: 'calendarDaysEnd', n, date: end });
  const due = rollForward(endDay, walk);
  walk.flushRest();
  if (due.date !== end) walk.steps.push({ kind: 'rolledForward', from: end, to: due.date });
  return walk.result(due.date);
}

export function addCalendarDays(start: string, n: number, calendar: HolidayCalendar): DueDate {
  return dueDate(explainCalendarDays(start, n, calendar));
}

/** The first working day on or after a date: for filing in person (§2.3). */
export function explainFirstWorkingDay(date: string, calendar: HolidayCalendar): Explained {
  const walk = new Walk(calendar);
  const due = rollForward(dayNumber(date), walk);
  walk.flushRest();
  walk.steps.push(
    due.date === date
      ? { kind: 'isWorkingDay', date, makeup: makeupName(due) }
      : { kind: 'firstWorkingDay', date: due.date },
  );
  return walk.result(due.date);
}

export function firstWorkingDayOnOrAfter(date: string, calendar: HolidayCalendar): DueDate {
  return dueDate(explainFirstWorkingDay(date, calendar));
}

function dueDate({ date, provisional, missingYears }: Explained): DueDate {
  return { date, provisional, missingYears };
}
