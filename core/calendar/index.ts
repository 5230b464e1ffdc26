/** User-entered holiday years: schema, validation and their messages. */
export {
  userYearSchema,
  userYearsSchema,
  userYearSchemaFor,
  validateUserYear,
  MIN_USER_YEAR,
  MAX_USER_YEAR,
  MAX_HOLIDAY_NAME,
  type CalendarIssue,
  type UserYearResult,
} from './schema';
export {
  translateCalendarMessage,
  encodeCalendarMessage,
  isCalendarMessageKey,
  type CalendarMessageKey,
} from './messages';
