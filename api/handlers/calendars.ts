import { officialCalendar } from '../../core/dates';
import { describeYear, type YearSummary } from '../../core/calendar';
import { DEFAULT_CATALOGUE } from '../../core/rules';
import { AppError } from '../errors';
import { calendarJob } from './calendar-job';
import type { HandlerTable } from './context';

type Channels =
  | 'rules.catalogue'
  | 'calendars.list'
  | 'calendars.preview'
  | 'calendars.save'
  | 'calendars.cancel';

let officialYears: YearSummary[] | undefined;

export const calendarHandlers: HandlerTable<Channels> = {
  'rules.catalogue': () => DEFAULT_CATALOGUE,

  'calendars.list': (_input, ctx) => {
    officialYears ??= officialCalendar()
      .years()
      .map((y) => describeYear(officialCalendar(), y));
    return { official: officialYears, user: ctx.repos.calendars.list() };
  },

  'calendars.preview': (year, ctx) => calendarJob(ctx, 'preview', year),

  'calendars.save': (year, ctx) => calendarJob(ctx, 'save', year),

  'calendars.cancel': ({ jobId }, ctx) => {
    const job = ctx.jobs.get(jobId);
    if (!job) throw new AppError('not_found', 'calendars.unknownJob');
    job.abort();
    return { cancelled: true };
  },
};
