/**
 * The backup work a job runs, callable in-process (tests, command line) or in a worker
 * thread (jobs/backup-worker.ts). Each op reports progress and stops on the signal,
 * leaving no partial result (see db/backup).
 */
import type { BackupKind, BackupSummary, Retention } from '../core/backups';
import type { ChainVerdict } from '../core/integrity';
import { createBackup } from '../db/backup/create';
import {
  BackupDamagedError,
  BackupRawError,
  BackupTooNewError,
  type Progress,
} from '../db/backup/errors';
import { defaultLocation } from '../db/backup/layout';
import { summarize } from '../db/backup/manifest';
import { pruneBackups } from '../db/backup/prune';
import { rawCopy } from '../db/backup/raw';
import { stageRestore } from '../db/backup/restore';
import type { KeyFile } from '../db/crypt/key-file';
import { verifyBackup } from '../db/backup/verify';

export type BackupJob =
  | {
      op: 'create';
      dataDir: string;
      location: string;
      kind: BackupKind;
      app: string;
      /** Retention to apply afterwards in the same location (automatic backups). */
      prune?: { policy: Retention; zone: string };
    }
  | { op: 'verify'; location: string; id: string }
  | {
      op: 'restore';
      dataDir: string;
      location: string;
      id: string;
      app: string;
      /** The newest data version this Xiufu can open. */
      supported: number;
      /**
       * How to keep what is there now: a real backup, a raw copy of a file that cannot be
       * opened, or nothing when there is no data file (a new machine).
       */
      safety: 'backup' | 'raw' | 'none';
      /** Retention to apply after the safety copy (never to the backup restored). */
      prune?: { policy: Retention; zone: string };
      /** The folder keeps its key: the restored copy is re-keyed to it (api/restore-keys.ts). */
      keep?: { file: KeyFile; key: Uint8Array };
    };

export interface BackupJobResult {
  backup: BackupSummary;
  /** What verifying the history chain of the copy found (a backup made of the data folder). */
  chain?: ChainVerdict;
  /** The safety copy a restore took first. */
  safety?: BackupSummary;
  pruned?: string[];
}

export async function runBackupJob(
  job: BackupJob,
  signal: AbortSignal,
  onProgress: Progress,
): Promise<BackupJobResult> {
  switch (job.op) {
    case 'create': {
      let chain: ChainVerdict | undefined;
      const backup = await createBackup({
        ...job,
        signal,
        onProgress,
        onChain: (v) => (chain = v),
      });
      if (!job.prune) return { backup, chain };
      onProgress('pruning', 0, 1);
      const pruned = await pruneBackups(job.location, job.prune.policy, job.prune.zone);
      return { backup, pruned, chain };
    }
    case 'verify': {
      const { manifest, status } = await verifyBackup(job.location, job.id, {
        signal,
        onProgress,
      });
      return { backup: summarize(job.id, job.location, manifest, status) };
    }
    case 'restore':
      return restore(job, signal, onProgress);
  }
}

/** Everything of a restore that may take long; the swap itself happens with the database closed. */
async function restore(
  job: Extract<BackupJob, { op: 'restore' }>,
  signal: AbortSignal,
  onProgress: Progress,
): Promise<BackupJobResult> {
  const as =
    (phase: 'verifyingSource' | 'safetyCopy'): Progress =>
    (_p, done, total) =>
      onProgress(phase, done, total);
  const { manifest, status } = await verifyBackup(job.location, job.id, {
    signal,
    onProgress: as('verifyingSource'),
  });
  if (!manifest || status.state === 'damaged') {
    throw new BackupDamagedError(
      status.state === 'damaged' ? status.problems : [{ kind: 'manifest' }],
    );
  }
  if (manifest.raw) throw new BackupRawError();
  if (manifest.dataVersion > job.supported) {
    throw new BackupTooNewError(manifest.dataVersion, job.supported);
  }
  const location = defaultLocation(job.dataDir);
  const safetyOpts = { dataDir: job.dataDir, location, kind: 'preRestore' as const, app: job.app };
  const keep = { ...safetyOpts, signal, onProgress: as('safetyCopy') };
  const safety =
    job.safety === 'none'
      ? undefined
      : job.safety === 'raw'
        ? await rawCopy(keep)
        : await createBackup(keep);
  // Keys cross the thread boundary as plain Uint8Arrays.
  const kept = job.keep && { file: job.keep.file, key: Buffer.from(job.keep.key) };
  await stageRestore(job.dataDir, job.location, manifest, { signal, onProgress, keep: kept });
  const protect = safety ? [job.id, safety.id] : [job.id];
  const pruned = job.prune
    ? await pruneBackups(location, job.prune.policy, job.prune.zone, protect)
    : [];
  return { backup: summarize(job.id, job.location, manifest, status), safety, pruned };
}
