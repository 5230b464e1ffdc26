/** Worker-thread entry of a holiday year's preview or save (jobs/calendar-ops.ts). */
import { runCalendarJob, type CalendarJob } from './calendar-ops';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<'evaluating'>((signal, progress) =>
  runCalendarJob(takeJob<CalendarJob>(), signal, (done, total) =>
    progress('evaluating', done, total),
  ),
);
