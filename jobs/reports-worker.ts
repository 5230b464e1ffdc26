/** Worker-thread entry of a report on a large folder (jobs/report-ops.ts). */
import { runReportJob, type ReportJob } from './report-ops';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<'counting'>(async (_signal, progress) => {
  const job = takeJob<ReportJob>();
  progress('counting', 0, 1);
  const result = runReportJob(job);
  progress('counting', 1, 1);
  return result;
});
