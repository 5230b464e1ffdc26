/** Worker-thread entry of an import's preview, dry run, run or undo (jobs/import-ops.ts). */
import { runImportJob, type ImportJob, type ImportPhase } from './import-ops';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<ImportPhase>((signal, progress) => runImportJob(takeJob<ImportJob>(), signal, progress));
