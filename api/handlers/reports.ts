/**
 * The Reports screen (issue 13, part 4). A report is built by jobs/report-build.ts: on the
 * server thread while the folder is small (every report under 60 ms at 10,000 cases), in a
 * worker thread with a connection of its own beyond, so that the grouping of a large
 * folder's events (up to a second at 100,000 cases) never stalls another window.
 */
import type { ReportInput, ReportResult } from '../../core/reports';
import { timeZone } from '../../core/today';
import { buildReport } from '../../jobs/report-build';
import type { ReportJob } from '../../jobs/report-ops';
import { runWorker } from '../../jobs/run-worker';
import type { HandlerContext, HandlerTable } from './context';
import { calendarOf } from './evaluation';
import { reportPdfHandlers } from './reports-pdf';

/** Live cases beyond which a report runs in a worker thread. */
export const REPORTS_INLINE_MAX = 20_000;

/** One report, in a worker thread of its own (what reports.get does for a large folder). */
export function reportInWorker(input: ReportInput, ctx: HandlerContext): Promise<ReportResult> {
  const job: ReportJob = { dataDir: ctx.dataDir, zone: timeZone(), input };
  return runWorker<ReportResult, 'reports-worker'>('reports-worker', job, {
    bundledDir: ctx.bundledJobs,
  }).result;
}

function liveCases(ctx: HandlerContext): number {
  return ctx.repos.cases.countsByStage().reduce((sum, s) => sum + s.n, 0);
}

export const reportHandlers: HandlerTable<
  'reports.get' | 'reportFilters.list' | 'reports.preview'
> = {
  'reports.get': (input, ctx) =>
    liveCases(ctx) > REPORTS_INLINE_MAX
      ? reportInWorker(input, ctx)
      : buildReport(input, { repos: ctx.repos, calendar: calendarOf(ctx) }),
  'reportFilters.list': (_input, ctx) => ctx.repos.reports.choices(),
  ...reportPdfHandlers,
};
