/**
 * Backups for one backend: starts the jobs (one at a time, in a worker thread), reports
 * them over the push events, lists what each location holds, and restores — the long
 * part in the job, then the swap here, with the database closed, and the folder reopened.
 * Lives as long as the backend, in recovery mode too.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_RETENTION,
  type BackupKind,
  type BackupList,
  type BackupOp,
  type BackupSummary,
  type RecoveryStatus,
  type Retention,
  type RunningBackup,
} from '../core/backups';
import { instantDate } from '../core/instant';
import type { ChainVerdict } from '../core/integrity';
import type { Lang } from '../core/messages';
import { timeZone, today } from '../core/today';
import { openReadOnly } from '../db/backup/check';
import { dataCounts, newestChange, referencedBytes } from '../db/backup/facts';
import {
  defaultLocation,
  externalLocation,
  knownLocations,
  rememberLocation,
  backupDir,
} from '../db/backup/layout';
import { isReachable, listBackups } from '../db/backup/list';
import { swapDatabase } from '../db/backup/restore';
import type { RestoreBackupInput } from '../core/crypt';
import { needsPassphrase, restoreKeys } from './restore-keys';
import { dataFilePath } from '../db/connection';
import { latestVersion } from '../db/migrations';
import { settingsRepository, type StoredSettings } from '../db/repositories/settings';
import type { BackupJob, BackupJobResult } from '../jobs/backup-ops';
import { JobCancelledError, runWorker, type RunningWorker } from '../jobs/run-worker';
import { APP_VERSION } from './app-version';
import { checkBackupFolder } from './backup-folders';
import { failureMessage, recoveryMessage } from './backup-messages';
import type { DataFolder } from './data-folder';
import { AppError } from './errors';
import type { EventHub } from './events';

export interface BackupServiceOptions {
  folder: DataFolder;
  events: EventHub;
  log: (line: Record<string, unknown>) => void;
  /** Where the bundled worker files are (the desktop app); from source otherwise. */
  bundledJobs?: string;
  canPickFolder: boolean;
  canSwitchFolder: boolean;
  /** Back up on the first start of each day. */
  daily: boolean;
  /** What a backup's verification of the history chain found. */
  onChain?: (verdict: ChainVerdict) => void;
  /** Runs once a restored database is open. */
  afterRestore?: () => Promise<void>;
}

interface Job {
  id: string;
  op: BackupOp;
  worker: RunningWorker<BackupJobResult>;
  progress: Pick<RunningBackup, 'phase' | 'done' | 'total'>;
}

export const retentionOf = (s: StoredSettings): Retention => ({
  keepDaily: s.backupKeepDaily,
  keepWeekly: s.backupKeepWeekly,
});

export class BackupService {
  private job: Job | null = null;
  private restoring = false;

  constructor(private readonly o: BackupServiceOptions) {}

  private get dataDir() {
    return this.o.folder.dataDir;
  }

  /** While a restore runs, nothing may change the data (its safety copy would miss it). */
  isRestoring(): boolean {
    return this.restoring;
  }

  running(): RunningBackup | null {
    const j = this.job;
    return j ? { jobId: j.id, op: j.op, ...j.progress } : null;
  }

  /** The settings of the open database, or of the file about to be migrated (read-only). */
  private settings(): StoredSettings | null {
    const data = this.o.folder.data();
    if (data) return data.repos.settings.get();
    try {
      const reader = openReadOnly(dataFilePath(this.dataDir));
      try {
        return settingsRepository(reader.db).get();
      } finally {
        reader.close();
      }
    } catch {
      return null;
    }
  }

  private prune(): { policy: Retention; zone: string } {
    const s = this.settings();
    return { policy: s ? retentionOf(s) : DEFAULT_RETENTION, zone: s?.timeZone ?? timeZone() };
  }

  private langOf(): Lang {
    return this.settings()?.language ?? 'en';
  }

  /**
   * Starts a job unless one runs. `finish` runs on the server thread once the worker is
   * done (a restore swaps the database there). The done event follows either way.
   */
  private start(
    op: BackupOp,
    job: BackupJob,
    lang: Lang,
    finish?: (r: BackupJobResult) => void | Promise<void>,
  ): { jobId: string; done: Promise<BackupJobResult> } {
    if (this.job) throw new AppError('busy', 'backups.busy');
    const id = randomUUID();
    const { events } = this.o;
    const worker = runWorker<BackupJobResult>('backup-worker', job, {
      bundledDir: this.o.bundledJobs,
      onProgress: (phase, done, total) => {
        if (this.job?.id === id) this.job.progress = { phase, done, total };
        events.emit('backup.progress', { jobId: id, op, phase, done, total });
      },
    });
    this.job = { id, op, worker, progress: { phase: null, done: 0, total: 0 } };
    const done = worker.result.then(async (r) => {
      await finish?.(r);
      return r;
    });
    done
      .then(
        (r) => {
          this.job = null;
          if (r.chain) this.o.onChain?.(r.chain);
          events.emit('backup.done', {
            jobId: id,
            op,
            ok: true,
            backup: r.backup,
            restored: op === 'restore',
          });
        },
        (err: unknown) => {
          this.job = null;
          if (err instanceof JobCancelledError) {
            events.emit('backup.done', { jobId: id, op, ok: false, cancelled: true });
          } else {
            const message = failureMessage(err, lang, this.o.log, `backups.${op}`);
            events.emit('backup.done', { jobId: id, op, ok: false, message });
          }
        },
      )
      .catch(() => undefined);
    return { jobId: id, done };
  }

  private createJob(kind: BackupKind, location: string, prune: boolean): BackupJob {
    return {
      op: 'create',
      dataDir: this.dataDir,
      location,
      kind,
      app: APP_VERSION,
      ...(prune ? { prune: this.prune() } : {}),
    };
  }

  /** "Back up now" (into the data folder's backups/) or "Back up to a folder…". */
  async create(to: string | undefined, lang: Lang): Promise<{ jobId: string }> {
    if (this.job) throw new AppError('busy', 'backups.busy');
    if (!this.o.folder.data()) throw new AppError('recovery', 'recovery.refused');
    const folder = to === undefined ? null : await checkBackupFolder(to, this.dataDir);
    const location = folder ? externalLocation(folder) : defaultLocation(this.dataDir);
    const { jobId } = this.start(
      'create',
      this.createJob(folder ? 'folder' : 'manual', location, false),
      lang,
      () => (folder ? rememberLocation(this.dataDir, location) : undefined),
    );
    return { jobId };
  }

  /** The folder of a listed backup; refuses anything else before a byte is read or written. */
  private async locate(ref: { id: string; location?: string }): Promise<string> {
    const location =
      ref.location === undefined ? defaultLocation(this.dataDir) : resolve(ref.location);
    if (!(await knownLocations(this.dataDir)).includes(location)) {
      throw new AppError('not_found', 'backups.unknownLocation', { location });
    }
    const isDir = (() => {
      try {
        return statSync(backupDir(location, ref.id)).isDirectory();
      } catch {
        return false;
      }
    })();
    if (!isDir) throw new AppError('not_found', 'backups.unknown', { id: ref.id, location });
    return location;
  }

  async verify(ref: { id: string; location?: string }, lang: Lang): Promise<{ jobId: string }> {
    if (this.job) throw new AppError('busy', 'backups.busy');
    const location = await this.locate(ref);
    return { jobId: this.start('verify', { op: 'verify', location, id: ref.id }, lang).jobId };
  }

  async restore(ref: RestoreBackupInput, lang: Lang): Promise<{ jobId: string }> {
    if (this.job) throw new AppError('busy', 'backups.busy');
    const location = await this.locate(ref);
    const keep = await restoreKeys(this.dataDir, backupDir(location, ref.id), ref.passphrase);
    if (this.job) throw new AppError('busy', 'backups.busy');
    const job: BackupJob = {
      op: 'restore',
      dataDir: this.dataDir,
      location,
      id: ref.id,
      app: APP_VERSION,
      supported: latestVersion(),
      safety: this.o.folder.data() ? 'backup' : 'raw',
      prune: this.prune(),
      ...(keep && { keep }),
    };
    this.restoring = true;
    try {
      const { jobId, done } = this.start('restore', job, lang, () => this.swap());
      void done.catch(() => undefined).finally(() => (this.restoring = false));
      return { jobId };
    } catch (err) {
      this.restoring = false;
      throw err;
    }
  }

  /** With the database closed: the staged copy renamed over the data file, then reopened. */
  private async swap(): Promise<void> {
    const { folder } = this.o;
    folder.close();
    try {
      swapDatabase(this.dataDir);
    } finally {
      // The restored file, or the old one when the swap failed: checked like any other start.
      await folder.open({ skipBackupFirst: true });
    }
    await this.o.afterRestore?.();
    this.o.events.emit('data.changed', { channel: 'backups.restore' });
  }

  cancel(jobId: string): { cancelled: boolean } {
    if (this.job?.id !== jobId) throw new AppError('not_found', 'backups.unknownJob');
    this.job.worker.cancel();
    return { cancelled: true };
  }

  async list(): Promise<BackupList> {
    const locations = await knownLocations(this.dataDir);
    const [lists, reachable] = await Promise.all([
      Promise.all(locations.map(listBackups)),
      Promise.all(locations.map(isReachable)),
    ]);
    const backups = lists
      .flat()
      .map((b) => ({ ...b, needsPassphrase: needsPassphrase(backupDir(b.location, b.id)) }))
      .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
    const data = this.o.folder.data();
    return {
      backups,
      locations: locations.map((path, i) => ({ path, own: i === 0, reachable: reachable[i]! })),
      current: data
        ? {
            counts: dataCounts(data.db),
            newestChange: newestChange(data.db),
            size: statSync(dataFilePath(this.dataDir)).size,
            filesSize: referencedBytes(data.db),
          }
        : null,
      retention: data ? retentionOf(data.repos.settings.get()) : DEFAULT_RETENTION,
      running: this.running(),
      canPickFolder: this.o.canPickFolder,
    };
  }

  /** The newest backup that can be restored here: verified, not raw, not from a newer Xiufu. */
  async latestRestorable(): Promise<BackupSummary | null> {
    const { backups } = await this.list();
    return (
      backups.find(
        (b) =>
          b.status.state === 'verified' &&
          b.dataVersion !== null &&
          b.dataVersion <= latestVersion(),
      ) ?? null
    );
  }

  async recoveryStatus(lang: Lang): Promise<RecoveryStatus> {
    if (this.o.folder.isLocked()) return { mode: 'locked', dataDir: this.dataDir };
    const r = this.o.folder.recovery();
    if (!r) return { mode: 'normal', dataDir: this.dataDir };
    return {
      mode: 'recovery',
      dataDir: this.dataDir,
      file: r.file,
      problem: r.problem,
      message: recoveryMessage(r, lang),
      latest: await this.latestRestorable(),
      canSwitchFolder: this.o.canSwitchFolder,
    };
  }

  /** Before a migration changes the database: a verified backup, or no migration. */
  async beforeMigration(): Promise<void> {
    const job = this.createJob('preMigration', defaultLocation(this.dataDir), true);
    const { backup } = await this.start('create', job, this.langOf()).done;
    if (backup.status.state !== 'verified') throw new Error('the backup failed its verification');
  }

  /** The first start of each day backs up a folder that holds anything (in the background). */
  async daily(): Promise<void> {
    const data = this.o.folder.data();
    if (!this.o.daily || !data || this.job) return;
    const counts = dataCounts(data.db);
    if (counts.clients + counts.cases === 0) return;
    const own = await listBackups(defaultLocation(this.dataDir));
    const day = today();
    if (own.some((b) => b.kind === 'daily' && b.createdAt && instantDate(b.createdAt) === day))
      return;
    if (this.job) return;
    this.start(
      'create',
      this.createJob('daily', defaultLocation(this.dataDir), true),
      this.langOf(),
    );
  }

  /** The backend is closing: a running job stops and cleans up after itself. */
  close(): void {
    this.job?.worker.cancel();
  }
}
