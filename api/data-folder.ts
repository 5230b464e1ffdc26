/**
 * The backend's hold on its data folder: open (a database and its store), or in recovery
 * mode (the file could not be used; why, and where). Opening is checked first and never
 * guesses (db/backup/check.ts); a database this version will migrate is backed up before
 * (the caller's `backupFirst`). A restore closes the folder and opens it again.
 */
import type { DataFileProblem } from '../core/backups';
import { createAttachmentStore, type AttachmentStore } from '../db/attachments/store';
import { Uploads } from '../db/attachments/uploads';
import { sweepStaged } from '../db/backup/restore';
import {
  dataFilePath,
  inspectDataFile,
  openWritable,
  openDatabase,
  willMigrate,
  type Database,
} from '../db/connection';
import { sealClean } from '../db/clean-seal';
import { KeyFileDamagedError } from '../db/crypt/key-file';
import { isLocked } from '../db/crypt/keyring';
import { finishRekey } from '../db/crypt/rekey';
import { DataFileError } from '../db/data-file-error';
import { ensurePrivateFolder } from '../db/private-folder';
import { createRepositories, type Repositories } from '../db/repositories';

export interface OpenData {
  db: Database;
  repos: Repositories;
  store: AttachmentStore;
  uploads: Uploads;
  /** Long work of handlers (packets) that can be cancelled, by job id. */
  jobs: Map<string, AbortController>;
  /** Aborted when the folder closes (a restore, or for good): stops its start-up sweep. */
  closing: AbortController;
}

export interface Recovery {
  /** The data file's full path. */
  file: string;
  problem: DataFileProblem;
}

export type DataState =
  | { mode: 'starting' }
  /** Encrypted, and its key not yet given (api/security-service.ts unlocks it). */
  | { mode: 'locked' }
  | { mode: 'open'; data: OpenData }
  | { mode: 'recovery'; recovery: Recovery };

const detailOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

export class DataFolder {
  state: DataState = { mode: 'starting' };

  constructor(
    readonly dataDir: string,
    private readonly hooks: {
      /** Opened read-only (db/read-only.ts): nothing checked that would write, nothing migrated. */
      readOnly?: boolean;
      /** Backs the database up before a migration changes it; throws when it cannot. */
      backupFirst(): Promise<void>;
      /** Runs once the database is open (time zone, start-up sweeps, the daily backup). */
      opened(data: OpenData): void;
    },
  ) {}

  /**
   * Opens the folder. Synchronous unless a migration must be backed up first (the
   * returned promise says when the folder is open or in recovery mode).
   */
  async open(opts: { skipBackupFirst?: boolean } = {}): Promise<void> {
    const file = dataFilePath(this.dataDir);
    const recover = (problem: DataFileProblem) => {
      this.state = { mode: 'recovery', recovery: { file, problem } };
    };
    // A re-key interrupted by a crash is finished or undone before anything else looks.
    if (!this.hooks.readOnly) finishRekey(this.dataDir);
    try {
      if (isLocked(this.dataDir)) {
        this.state = { mode: 'locked' };
        return;
      }
    } catch (err) {
      if (err instanceof KeyFileDamagedError)
        return recover({ kind: 'damaged', detail: err.message });
      throw err;
    }
    if (this.hooks.readOnly) {
      // A FolderError (nothing to show, an outdated or unsaved file) rejects: the shells
      // say it in one line; there is nothing a recovery here could write.
      return this.opened(openDatabase(this.dataDir, { readOnly: true }));
    }
    ensurePrivateFolder(this.dataDir);
    sweepStaged(this.dataDir);
    const check = inspectDataFile(this.dataDir, { trustSeal: true });
    if (check.state === 'bad') return recover(check.problem);
    if (willMigrate(check) && !opts.skipBackupFirst) {
      this.state = { mode: 'starting' };
      try {
        await this.hooks.backupFirst();
      } catch (err) {
        return recover({ kind: 'backupFailed', detail: detailOf(err) });
      }
    }
    let db: Database;
    try {
      db = openWritable(this.dataDir);
    } catch (err) {
      if (err instanceof DataFileError) return recover(err.problem);
      return recover({ kind: 'migrationFailed', detail: detailOf(err) });
    }
    this.opened(db);
  }

  private opened(db: Database): void {
    const repos = createRepositories(db);
    const data: OpenData = {
      db,
      repos,
      store: createAttachmentStore(this.dataDir, {
        isReferenced: (sha256) => repos.files.references(sha256) > 0,
      }),
      uploads: new Uploads(this.dataDir),
      jobs: new Map(),
      closing: new AbortController(),
    };
    this.state = { mode: 'open', data };
    this.hooks.opened(data);
  }

  data(): OpenData | null {
    return this.state.mode === 'open' ? this.state.data : null;
  }

  isLocked(): boolean {
    return this.state.mode === 'locked';
  }

  recovery(): Recovery | null {
    return this.state.mode === 'recovery' ? this.state.recovery : null;
  }

  /** Stops what runs on the database and closes it (before a restore, or for good). */
  close(): void {
    const data = this.data();
    if (!data) {
      if (this.state.mode === 'locked') this.state = { mode: 'starting' };
      return;
    }
    data.closing.abort();
    for (const job of data.jobs.values()) job.abort();
    data.uploads.clear();
    data.repos.optimize();
    const writable = !data.db.readonly;
    data.db.close();
    // A clean close lets the next open skip reading every page (db/clean-seal.ts).
    if (writable) sealClean(dataFilePath(this.dataDir));
    this.state = { mode: 'starting' };
  }
}
