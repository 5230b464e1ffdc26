/** Worker-thread entry of a backup job: the op given in workerData (jobs/backup-ops.ts). */
import { workerData } from 'node:worker_threads';
import type { BackupPhase } from '../core/backups';
import { runBackupJob, type BackupJob } from './backup-ops';
import { serveJob } from './serve-job';

serveJob<BackupPhase>((signal, progress) =>
  runBackupJob(workerData as BackupJob, signal, progress),
);
