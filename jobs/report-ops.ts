/**
 * A report of the Reports screen read by a connection of its own, in-process (tests) or in
 * a worker thread (jobs/reports-worker.ts). A report groups every event or date of its
 * range in one statement: at 100,000 cases that takes up to a second, which on the server
 * thread would stall every window (ARCHITECTURE.md), so beyond a small folder it runs here.
 */
import { officialCalendar, withUserYears } from '../core/dates';
import type { ReportInput, ReportResult } from '../core/reports';
import { setTimeZone } from '../core/today';
import { openReadOnly } from '../db/backup/check';
import { dataFilePath } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { buildReport } from './report-build';

export interface ReportJob {
  dataDir: string;
  /** The zone of the Settings: the worker's "today" is the server's. */
  zone: string;
  input: ReportInput;
}

export function runReportJob(job: ReportJob): ReportResult {
  setTimeZone(job.zone);
  const reader = openReadOnly(dataFilePath(job.dataDir));
  try {
    const repos = createRepositories(reader.db);
    const calendar = withUserYears(officialCalendar(), repos.calendars.list());
    return buildReport(job.input, { repos, calendar });
  } finally {
    reader.close();
  }
}
