/**
 * Encryption at rest for one backend (Settings › Security and the unlock screen): says
 * whether the folder is encrypted and locked, unlocks it with the passphrase, and turns
 * encryption on, changes its passphrase or turns it off — the copy in a worker
 * (jobs/rekey-worker.ts) while the app keeps reading, then the switch here with the
 * database closed (db/crypt/rekey.ts), and the folder reopened. Writes wait meanwhile.
 */
import { randomUUID } from 'node:crypto';
import type { Lang } from '../core/messages';
import type { RekeyOp, RunningRekey, SecurityStatus } from '../core/crypt';
import {
  keyFilePath,
  KeyFileDamagedError,
  newKeyFile,
  openKeyFile,
  readKeyFile,
  unlockKeyFile,
  type KeyFile,
  type Unlocked,
} from '../db/crypt/key-file';
import { filesKeyForFolder, forgetKey, isLocked, rememberUnlocked } from '../db/crypt/keyring';
import { convertFiles } from '../db/attachments/convert';
import { switchRekey, type RekeyJob, type Target } from '../db/crypt/rekey';
import { JobCancelledError, runWorker, type RunningWorker } from '../jobs/run-worker';
import type { BackupService } from './backup-service';
import type { DataFolder } from './data-folder';
import { AppError } from './errors';
import type { EventHub } from './events';
import { failureMessage } from './backup-messages';

/** Where the desktop keeps a folder's key between starts (Electron safeStorage). */
export interface KeyStore {
  load(keyId: string): Buffer | null;
  save(keyId: string, key: Buffer): void;
  forget(keyId: string): void;
}

export interface SecurityServiceOptions {
  folder: DataFolder;
  events: EventHub;
  backups: BackupService;
  log: (line: Record<string, unknown>) => void;
  bundledJobs?: string;
  keyStore?: KeyStore;
}

interface Job {
  progress: RunningRekey;
  /** The step running now. */
  worker: RunningWorker<null> | null;
  cancelled: boolean;
  /**
   * False while the switch is done: before it, a cancel undoes everything; after it (the
   * folder has its new key, files are sealed again), a cancel stops the files where they
   * are — each one readable — and the next open of the folder finishes them.
   */
  cancellable: boolean;
}

/**
 * In an encrypted folder, seals the stored files still plain or sealed with a retired key
 * (a re-key stopped half-way); nothing in a plain one.
 */
export async function sealLeftovers(dataDir: string, signal: AbortSignal): Promise<number> {
  const seal = filesKeyForFolder(dataDir);
  return seal ? convertFiles(dataDir, seal, { signal }) : 0;
}

export class SecurityService {
  private job: Job | null = null;

  constructor(private readonly o: SecurityServiceOptions) {}

  private get dataDir() {
    return this.o.folder.dataDir;
  }

  /** While a re-key runs, nothing may change the data (its copy would miss it). */
  isBusy(): boolean {
    return this.job !== null;
  }

  status(): SecurityStatus {
    const file = this.keyFile();
    return {
      encrypted: file !== null,
      locked: isLocked(this.dataDir),
      canRemember: this.o.keyStore !== undefined,
      remembered: file !== null && this.o.keyStore?.load(file.id) != null,
      running: this.job?.progress ?? null,
    };
  }

  /**
   * A locked folder whose key the desktop remembered opens without asking. Returns
   * whether it could.
   */
  unlockRemembered(): boolean {
    const file = this.keyFile();
    const key = file && this.o.keyStore?.load(file.id);
    const unlocked = file && key ? this.guard(() => openKeyFile(file, key)) : null;
    if (!unlocked) return false;
    rememberUnlocked(unlocked);
    return true;
  }

  async unlock(passphrase: string, remember: boolean): Promise<{ unlocked: boolean }> {
    if (remember && !this.o.keyStore) throw new AppError('invalid', 'crypt.rememberDesktopOnly');
    if (!isLocked(this.dataDir)) throw new AppError('invalid', 'crypt.notLocked');
    const unlocked = await this.keyOf(this.keyFile()!, passphrase, 'passphrase');
    rememberUnlocked(unlocked);
    if (remember) this.o.keyStore!.save(unlocked.file.id, unlocked.key);
    await this.o.folder.open();
    return { unlocked: true };
  }

  forget(): { forgotten: boolean } {
    const file = this.keyFile();
    if (!file || !this.o.keyStore) return { forgotten: false };
    this.o.keyStore.forget(file.id);
    return { forgotten: true };
  }

  async enable(passphrase: string, lang: Lang): Promise<{ jobId: string }> {
    if (this.keyFile()) throw new AppError('invalid', 'crypt.alreadyOn');
    this.assertIdle();
    return this.start('enable', await newKeyFile(passphrase), lang);
  }

  async change(current: string, passphrase: string, lang: Lang): Promise<{ jobId: string }> {
    const file = this.keyFile();
    if (!file) throw new AppError('invalid', 'crypt.alreadyOff');
    this.assertIdle();
    // A new attachments' key too: every stored file is sealed again with it (the old keys
    // stay in the new key file, retired, so nothing is unreadable meanwhile).
    const unlocked = await this.keyOf(file, current, 'current');
    return this.start('change', await newKeyFile(passphrase, unlocked), lang);
  }

  async disable(passphrase: string, lang: Lang): Promise<{ jobId: string }> {
    const file = this.keyFile();
    if (!file) throw new AppError('invalid', 'crypt.alreadyOff');
    this.assertIdle();
    await this.keyOf(file, passphrase, 'passphrase');
    return this.start('disable', null, lang);
  }

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.job;
    if (job?.progress.jobId !== jobId) throw new AppError('not_found', 'crypt.unknownJob');
    if (!job.cancellable) return { cancelled: false };
    job.cancelled = true;
    job.worker?.cancel();
    return { cancelled: true };
  }

  /** The backend is closing: a running copy stops and removes itself. */
  close(): void {
    if (this.job) this.job.cancelled = true;
    this.job?.worker?.cancel();
  }

  private keyFile(): KeyFile | null {
    return this.guard(() => readKeyFile(this.dataDir));
  }

  /** A damaged key file is said as such, with its path. */
  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (err instanceof KeyFileDamagedError)
        throw new AppError('invalid', 'crypt.keyFileDamaged', { path: keyFilePath(this.dataDir) });
      throw err;
    }
  }

  private async keyOf(file: KeyFile, passphrase: string, field: string): Promise<Unlocked> {
    const unlocked = await unlockKeyFile(file, passphrase).catch((err: unknown) =>
      this.guard(() => {
        throw err;
      }),
    );
    if (!unlocked) throw new AppError('invalid', 'crypt.wrongPassphrase', {}, field);
    return unlocked;
  }

  private assertIdle(): void {
    if (this.job) throw new AppError('busy', 'crypt.busy');
    if (this.o.backups.running()) throw new AppError('busy', 'crypt.backupRunning');
    if (!this.o.folder.data()) throw new AppError('recovery', 'recovery.refused');
  }

  private start(op: RekeyOp, to: Unlocked | null, lang: Lang): { jobId: string } {
    const jobId = randomUUID();
    const { events } = this.o;
    const dataDir = this.dataDir;
    // The worker needs the new keys to write the copy; the server thread, to reopen.
    if (to) rememberUnlocked(to);
    const job: Job = {
      progress: { jobId, op, step: null, done: 0, total: 0 },
      worker: null,
      cancelled: false,
      cancellable: true,
    };
    this.job = job;
    const old = readKeyFile(dataDir);
    let switched = false;
    const run = async () => {
      // Files are sealed exactly while the folder has a key file: unsealed before the
      // switch that removes it, sealed after the one that brings it.
      if (op === 'disable') await this.step(job, { dataDir, kind: 'files', seal: null });
      await this.step(job, { dataDir, kind: 'database', to });
      // A cancel that came as the copy finished still stops it here; past this point the
      // folder has its new key and what is left (sealing files) is finished, not undone
      // (the next start would finish it too).
      if (job.cancelled) throw new JobCancelledError();
      job.cancellable = false;
      await this.switchTo(to, old);
      switched = true;
      job.cancellable = true;
      if (!to) return false;
      try {
        await this.step(job, { dataDir, kind: 'files', seal: to.filesKey });
        return false;
      } catch (err) {
        if (err instanceof JobCancelledError) return true;
        throw err;
      }
    };
    run()
      .then(
        (unfinished) =>
          events.emit('security.done', { jobId, op, ok: true, ...(unfinished && { unfinished }) }),
        (err: unknown) => {
          if (to && !switched) forgetKey(to.file.id);
          if (err instanceof JobCancelledError) {
            events.emit('security.done', { jobId, op, ok: false, cancelled: true });
          } else {
            const message = failureMessage(err, lang, this.o.log, `security.${op}`);
            events.emit('security.done', { jobId, op, ok: false, message });
          }
        },
      )
      .finally(() => (this.job = null))
      .catch(() => undefined);
    return { jobId };
  }

  /** One step in a worker, reporting its progress as the job's. */
  private step(job: Job, work: RekeyJob): Promise<null> {
    if (job.cancelled) return Promise.reject(new JobCancelledError());
    const { events } = this.o;
    job.worker = runWorker<null, 'rekey-worker'>('rekey-worker', work, {
      bundledDir: this.o.bundledJobs,
      onProgress: (step, done, total) => {
        Object.assign(job.progress, { step, done, total });
        events.emit('security.progress', { ...job.progress });
      },
    });
    return job.worker.result;
  }

  /** With the database closed: the re-keyed copy and key file put in place, then reopened. */
  private async switchTo(to: Target, old: KeyFile | null): Promise<void> {
    const { folder } = this.o;
    folder.close();
    try {
      switchRekey(this.dataDir, to ? 'encrypted' : 'plain');
    } finally {
      await folder.open({ skipBackupFirst: true });
    }
    // The old key stays in memory for this run (backups made under it still verify and
    // restore); the desktop stops remembering it.
    if (old) this.o.keyStore?.forget(old.id);
    this.o.events.emit('data.changed', { channel: 'security.enable' });
  }
}
