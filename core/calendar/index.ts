/** User-entered holiday years: schema and validation (messages live in core/messages). */
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
export { describeYear, type YearSummary } from './describe';
