/** Worker-thread entry of the audit log's CSV export (jobs/audit-export.ts). */
import { workerData } from 'node:worker_threads';
import { runAuditExport, type AuditExportJob } from './audit-export';
import { serveJob } from './serve-job';

serveJob<'exporting'>((signal, progress) =>
  runAuditExport(workerData as AuditExportJob, signal, (done, total) =>
    progress('exporting', done, total),
  ),
);
