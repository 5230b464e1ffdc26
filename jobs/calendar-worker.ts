/** Worker-thread entry of a holiday year's preview or save (jobs/calendar-ops.ts). */
import { workerData } from 'node:worker_threads';
import { runCalendarJob, type CalendarJob } from './calendar-ops';
import { serveJob } from './serve-job';

serveJob<'evaluating'>((signal, progress) =>
  runCalendarJob(workerData as CalendarJob, signal, (done, total) =>
    progress('evaluating', done, total),
  ),
);
