/**
 * Runs a holiday year's preview or save in a worker thread (jobs/calendar-ops.ts): the
 * server thread keeps answering every window meanwhile. Progress goes out as
 * calendar.progress events; calendars.cancel stops it, and a stopped save wrote nothing.
 */
import { randomUUID } from 'node:crypto';
import type { UserYear } from '../../core/dates';
import type { CalendarJob, CalendarJobResult } from '../../jobs/calendar-ops';
import { JobCancelledError, runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import type { HandlerContext } from './context';

export async function calendarJob(
  ctx: HandlerContext,
  op: CalendarJob['op'],
  year: UserYear,
): Promise<CalendarJobResult> {
  const jobId = randomUUID();
  const job: CalendarJob = { op, dataDir: ctx.dataDir, year };
  const running = runWorker<CalendarJobResult, 'calendar-worker'>('calendar-worker', job, {
    bundledDir: ctx.bundledJobs,
    onProgress: (_phase, done, total) =>
      ctx.events.emit('calendar.progress', { jobId, op, year: year.year, done, total }),
  });
  const controller = new AbortController();
  controller.signal.addEventListener('abort', () => running.cancel());
  ctx.jobs.set(jobId, controller);
  try {
    const result = await running.result;
    // A saved year may have moved many dates: the planner's statistics catch up.
    if (op === 'save') ctx.repos.optimize();
    return result;
  } catch (err) {
    if (err instanceof JobCancelledError) throw new AppError('conflict', 'calendars.cancelled');
    throw err;
  } finally {
    ctx.jobs.delete(jobId);
  }
}
