/** Worker-thread entry of the audit log's CSV export (jobs/audit-export.ts). */
import { runAuditExport, type AuditExportJob } from './audit-export';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<'exporting'>((signal, progress) =>
  runAuditExport(takeJob<AuditExportJob>(), signal, (done, total) =>
    progress('exporting', done, total),
  ),
);
