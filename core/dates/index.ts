/** Plain-date counting per RULES.md §2. See README.md in this folder. */
export { parseDate, isPlainDate, type Span, type Bilingual } from './plain';
export {
  officialCalendar,
  weekendsOnlyCalendar,
  withUserYears,
  type HolidayCalendar,
  type DayInfo,
  type DayKind,
  type UserYear,
} from './calendar';
export {
  periodEnd,
  eligibleFrom,
  explainPeriodEnd,
  explainEligibleFrom,
  type Explained,
} from './period';
export {
  addWorkingDays,
  addCalendarDays,
  firstWorkingDayOnOrAfter,
  explainWorkingDays,
  explainCalendarDays,
  explainFirstWorkingDay,
  type DueDate,
} from './count';
export {
  renderSteps,
  explainSteps,
  spanText,
  workingDaysText,
  calendarDaysText,
  zhNumber,
  type CountStep,
} from './explain';
