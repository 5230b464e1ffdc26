/**
 * What a backup is, as every layer sees it: the manifest written beside each copy, its
 * verification status, and the summary the list and the recovery screen show.
 */
import type { Checkpoint } from '../integrity';

/** Why a backup was made. Automatic kinds are pruned by retention; the others are kept. */
export const BACKUP_KINDS = ['daily', 'manual', 'folder', 'preMigration', 'preRestore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const AUTOMATIC_KINDS: readonly BackupKind[] = ['daily', 'preMigration', 'preRestore'];

export interface BackupCounts {
  clients: number;
  cases: number;
  /** Attached files (rows), as the user counts them. */
  files: number;
}

/** One stored file of a backup: in the location's pool, named by its SHA-256. */
export interface PooledFile {
  sha256: string;
  size: number;
}

/** A file copied byte for byte (a raw copy of a data file that could not be opened). */
export interface RawFile {
  name: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 1;
  id: string;
  kind: BackupKind;
  /** UTC ISO instant the copy was taken. */
  createdAt: string;
  /** The Xiufu version that made it. */
  app: string;
  /** PRAGMA user_version of the copied database (0 for a raw copy). */
  dataVersion: number;
  counts: BackupCounts;
  /** The instant of the newest history entry: the last change the backup holds. */
  newestChange: string | null;
  /** The copied database; null for a raw copy. */
  database: { size: number; sha256: string } | null;
  /** A raw copy keeps the data file (and its -wal/-shm) as they were, unchecked. */
  raw: RawFile[] | null;
  files: PooledFile[];
  /** Attachments the data referred to that were missing or damaged in the data folder. */
  missing: string[];
  /** Bytes of the database and every file of this backup (the pool shares files). */
  size: number;
  /**
   * The history chain's head this backup verified (issue 11): a checkpoint kept outside
   * the data folder when the backup is. Null when the chain did not hold or the data
   * predates it; absent in backups made before.
   */
  checkpoint?: Checkpoint | null;
}

export type BackupProblem =
  | { kind: 'manifest' }
  | { kind: 'database'; detail: string }
  | { kind: 'databaseHash' }
  | { kind: 'fileMissing'; sha256: string }
  | { kind: 'fileDamaged'; sha256: string };

export type BackupStatus =
  | { state: 'verified'; checkedAt: string }
  | { state: 'damaged'; checkedAt: string; problems: BackupProblem[] }
  /** A raw copy of a damaged file: kept as it was, nothing to verify it against. */
  | { state: 'raw' }
  | { state: 'unchecked' };

export interface BackupSummary {
  id: string;
  /** The folder holding it (the data folder's backups/ or one the user chose). */
  location: string;
  kind: BackupKind | null;
  createdAt: string | null;
  app: string | null;
  dataVersion: number | null;
  counts: BackupCounts | null;
  newestChange: string | null;
  size: number;
  /** Bytes of the attachments (and packets) it holds. */
  filesSize: number;
  missing: number;
  status: BackupStatus;
  /** Made under another passphrase, whose key this app does not hold: restoring asks for it. */
  needsPassphrase?: boolean;
}

/** What is in the data folder now, to compare a backup against before restoring it. */
export interface DataFacts {
  counts: BackupCounts;
  newestChange: string | null;
  /** Bytes of the database file. */
  size: number;
  /** Bytes of the attachments (and packets) the data refers to, as a backup would hold them. */
  filesSize: number;
}

export interface Retention {
  keepDaily: number;
  keepWeekly: number;
}

export const DEFAULT_RETENTION: Retention = { keepDaily: 7, keepWeekly: 4 };

/** Why the data file was not opened (the recovery screen says which, and where). */
export type DataFileProblem =
  | { kind: 'empty' }
  | { kind: 'notSqlite' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'newer'; found: number; supported: number }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'migrationFailed'; detail: string }
  | { kind: 'backupFailed'; detail: string };

export type RecoveryStatus =
  | { mode: 'normal'; dataDir: string }
  /** Encrypted and not yet unlocked: the unlock screen comes first. */
  | { mode: 'locked'; dataDir: string }
  | {
      mode: 'recovery';
      dataDir: string;
      /** The data file's full path. */
      file: string;
      problem: DataFileProblem;
      /** The same, said in one sentence in the caller's language. */
      message: string;
      /** The newest verified backup that can be restored here, if any. */
      latest: BackupSummary | null;
      /** The shell can pick another folder and restart on it (the desktop app can). */
      canSwitchFolder: boolean;
    };

/** A backup job's steps, in order; progress counts bytes within each. */
export const BACKUP_PHASES = [
  'verifyingSource',
  'safetyCopy',
  'copyingDatabase',
  'verifyingChain',
  'copyingFiles',
  'verifying',
  'restoring',
  'pruning',
] as const;
export type BackupPhase = (typeof BACKUP_PHASES)[number];

export type BackupOp = 'create' | 'verify' | 'restore';

/** The backup job running now (one at a time), as the last progress event said. */
export interface RunningBackup {
  jobId: string;
  op: BackupOp;
  phase: BackupPhase | null;
  done: number;
  total: number;
}

export interface BackupLocation {
  path: string;
  /** The data folder's own backups/ (same disk as the data). */
  own: boolean;
  /** false: not there now (a stick not plugged in). */
  reachable: boolean;
}

/** Everything Settings › Backups shows. */
export interface BackupList {
  backups: BackupSummary[];
  locations: BackupLocation[];
  /** What the data folder holds now; null in recovery mode. */
  current: DataFacts | null;
  retention: Retention;
  running: RunningBackup | null;
  /** The shell has a folder dialog (the desktop app). */
  canPickFolder: boolean;
}
