/** Worker-thread entry of a list's export to CSV or .xlsx (jobs/list-export.ts). */
import { runListExport, type ListExportJob } from './list-export';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<'exporting'>((signal, progress) =>
  runListExport(takeJob<ListExportJob>(), signal, (done, total) =>
    progress('exporting', done, total),
  ),
);
