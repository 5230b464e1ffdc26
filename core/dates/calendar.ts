/**
 * Holiday calendars (RULES.md §2.7). A calendar knows which years it has data for;
 * a year it lacks is treated as weekends only, and the counting functions report
 * such years so that a date is never silently guessed.
 */
import officialData from 'chinese-days/dist/chinese-days.json';
import { dateOfDay, dayNumber, isWeekendDay, type Bilingual } from './plain';

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'makeup';

export interface DayInfo {
  date: string;
  working: boolean;
  /** holiday: official rest day; makeup: a weekend day made a working day (调休上班日). */
  kind: DayKind;
  /** The holiday's name for holiday and makeup days, otherwise null. */
  name: Bilingual | null;
  /** False when the calendar has no data for the date's year (weekends only). */
  known: boolean;
}

export interface HolidayCalendar {
  hasYear(year: number): boolean;
  isWorkingDay(date: string): boolean;
  dayInfo(date: string): DayInfo;
  /** Years with holiday data, ascending. */
  years(): number[];
}

/** One year typed in by the user from the State Council notice. */
export interface UserYear {
  year: number;
  holidays: { start: string; end: string; name: string }[];
  makeupWorkdays: string[];
}

interface YearTable {
  holidays: Map<string, Bilingual>;
  makeups: Map<string, Bilingual>;
}

function tableCalendar(tables: ReadonlyMap<number, YearTable>): HolidayCalendar {
  const years = [...tables.keys()].sort((a, b) => a - b);
  const dayInfo = (date: string): DayInfo => {
    const weekend = isWeekendDay(dayNumber(date));
    const table = tables.get(Number(date.slice(0, 4)));
    const plainKind: DayKind = weekend ? 'weekend' : 'weekday';
    if (!table) return { date, working: !weekend, kind: plainKind, name: null, known: false };
    const holiday = table.holidays.get(date);
    if (holiday) return { date, working: false, kind: 'holiday', name: holiday, known: true };
    const makeup = table.makeups.get(date);
    if (makeup) return { date, working: true, kind: 'makeup', name: makeup, known: true };
    return { date, working: !weekend, kind: plainKind, name: null, known: true };
  };
  return {
    hasYear: (year) => tables.has(year),
    isWorkingDay: (date) => dayInfo(date).working,
    dayInfo,
    years: () => [...years],
  };
}

function emptyTable(): YearTable {
  return { holidays: new Map(), makeups: new Map() };
}

/** chinese-days stores "Dragon Boat Festival,端午,1": English name, Chinese name, length. */
function officialName(raw: string): Bilingual {
  const [en = raw, zh = raw] = raw.split(',');
  return { en, zh };
}

let official: HolidayCalendar | undefined;

/**
 * The State Council calendars shipped with chinese-days (2004–2026). Built from its
 * data file rather than its isWorkday(), which answers for years it has no data for.
 */
export function officialCalendar(): HolidayCalendar {
  if (official) return official;
  const tables = new Map<number, YearTable>();
  const tableFor = (date: string): YearTable => {
    const year = Number(date.slice(0, 4));
    let table = tables.get(year);
    if (!table) tables.set(year, (table = emptyTable()));
    return table;
  };
  for (const [date, raw] of Object.entries(officialData.holidays as Record<string, string>)) {
    tableFor(date).holidays.set(date, officialName(raw));
  }
  for (const [date, raw] of Object.entries(officialData.workdays as Record<string, string>)) {
    tableFor(date).makeups.set(date, officialName(raw));
  }
  official = tableCalendar(tables);
  return official;
}

/** A calendar that knows no year: every count is weekends only and provisional. */
export function weekendsOnlyCalendar(): HolidayCalendar {
  return tableCalendar(new Map());
}

function userTable(year: UserYear): YearTable {
  const table = emptyTable();
  for (const range of year.holidays) {
    const name = { en: range.name, zh: range.name };
    const end = dayNumber(range.end, 'holiday end');
    for (let d = dayNumber(range.start, 'holiday start'); d <= end; d += 1)
      table.holidays.set(dateOfDay(d), name);
  }
  for (const date of year.makeupWorkdays) {
    dayNumber(date, 'make-up working day');
    table.makeups.set(date, { en: 'make-up working day', zh: '调休上班日' });
  }
  return table;
}

/**
 * The base calendar plus years typed in by the user. A user year replaces that whole
 * year of the base (core/calendar refuses years the official data already covers).
 * Validate user years with core/calendar first; this only checks that dates parse.
 */
export function withUserYears(base: HolidayCalendar, years: readonly UserYear[]): HolidayCalendar {
  const tables = new Map<number, YearTable>(years.map((y) => [y.year, userTable(y)]));
  const user = tableCalendar(tables);
  const all = [...new Set([...base.years(), ...tables.keys()])].sort((a, b) => a - b);
  const pick = (date: string) => (tables.has(Number(date.slice(0, 4))) ? user : base);
  return {
    hasYear: (year) => tables.has(year) || base.hasYear(year),
    isWorkingDay: (date) => pick(date).isWorkingDay(date),
    dayInfo: (date) => pick(date).dayInfo(date),
    years: () => [...all],
  };
}
