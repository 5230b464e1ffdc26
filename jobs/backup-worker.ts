/** Worker-thread entry of a backup job: the op given in workerData (jobs/backup-ops.ts). */
import type { BackupPhase } from '../core/backups';
import { runBackupJob, type BackupJob } from './backup-ops';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<BackupPhase>((signal, progress) => runBackupJob(takeJob<BackupJob>(), signal, progress));
