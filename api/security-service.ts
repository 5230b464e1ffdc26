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
  KeyFileDamagedError,
  newKeyFile,
  readKeyFile,
  unlockKeyFile,
  type KeyFile,
} from '../db/crypt/key-file';
import { forgetKey, isLocked, rememberKey } from '../db/crypt/keyring';
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
  worker: RunningWorker<null>;
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
    if (!file || !key) return false;
    rememberKey(file.id, key);
    return true;
  }

  async unlock(passphrase: string, remember: boolean): Promise<{ unlocked: boolean }> {
    if (remember && !this.o.keyStore) throw new AppError('invalid', 'crypt.rememberDesktopOnly');
    if (!isLocked(this.dataDir)) throw new AppError('invalid', 'crypt.notLocked');
    const file = this.keyFile()!;
    const key = await this.keyOf(file, passphrase, 'passphrase');
    rememberKey(file.id, key);
    if (remember) this.o.keyStore!.save(file.id, key);
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
    await this.keyOf(file, current, 'current');
    return this.start('change', await newKeyFile(passphrase), lang);
  }

  async disable(passphrase: string, lang: Lang): Promise<{ jobId: string }> {
    const file = this.keyFile();
    if (!file) throw new AppError('invalid', 'crypt.alreadyOff');
    this.assertIdle();
    await this.keyOf(file, passphrase, 'passphrase');
    return this.start('disable', null, lang);
  }

  cancel(jobId: string): { cancelled: boolean } {
    if (this.job?.progress.jobId !== jobId) throw new AppError('not_found', 'crypt.unknownJob');
    this.job.worker.cancel();
    return { cancelled: true };
  }

  /** The backend is closing: a running copy stops and removes itself. */
  close(): void {
    this.job?.worker.cancel();
  }

  private keyFile(): KeyFile | null {
    try {
      return readKeyFile(this.dataDir);
    } catch (err) {
      if (err instanceof KeyFileDamagedError)
        throw new AppError('invalid', 'crypt.keyFileDamaged', { path: err.path });
      throw err;
    }
  }

  private async keyOf(file: KeyFile, passphrase: string, field: string): Promise<Buffer> {
    const key = await unlockKeyFile(file, passphrase);
    if (!key) throw new AppError('invalid', 'crypt.wrongPassphrase', {}, field);
    return key;
  }

  private assertIdle(): void {
    if (this.job) throw new AppError('busy', 'crypt.busy');
    if (this.o.backups.running()) throw new AppError('busy', 'crypt.backupRunning');
    if (!this.o.folder.data()) throw new AppError('recovery', 'recovery.refused');
  }

  private start(op: RekeyOp, to: Target, lang: Lang): { jobId: string } {
    const jobId = randomUUID();
    const { events } = this.o;
    // The worker needs the new key to write the copy; the server thread, to reopen.
    if (to) rememberKey(to.file.id, to.key);
    const job: RekeyJob = { dataDir: this.dataDir, to };
    const progress: RunningRekey = { jobId, op, step: null, done: 0, total: 3 };
    const worker = runWorker<null, 'rekey-worker'>('rekey-worker', job, {
      bundledDir: this.o.bundledJobs,
      onProgress: (step, done, total) => {
        Object.assign(progress, { step, done, total });
        events.emit('security.progress', { ...progress });
      },
    });
    this.job = { progress, worker };
    const old = readKeyFile(this.dataDir);
    worker.result
      .then(() => this.switchTo(to, old))
      .then(
        () => events.emit('security.done', { jobId, op, ok: true }),
        (err: unknown) => {
          if (to) forgetKey(to.file.id);
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

  /** With the database closed: the re-keyed copy and key file put in place, then reopened. */
  private async switchTo(to: Target, old: KeyFile | null): Promise<void> {
    const { folder } = this.o;
    folder.close();
    try {
      switchRekey(this.dataDir, to ? 'encrypted' : 'plain');
    } finally {
      await folder.open({ skipBackupFirst: true });
    }
    if (old) {
      forgetKey(old.id);
      this.o.keyStore?.forget(old.id);
    }
    this.o.events.emit('data.changed', { channel: 'security.enable' });
  }
}
