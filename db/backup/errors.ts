/** Refusals of backup work, each carrying what the message needs (they cross the worker boundary as data). */
import type { BackupPhase, BackupProblem } from '../../core/backups';

export class BackupDamagedError extends Error {
  constructor(readonly problems: BackupProblem[]) {
    super(`The backup is damaged: ${problems.map((p) => p.kind).join(', ')}`);
    this.name = 'BackupDamagedError';
  }
}

export class BackupTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The backup has data version ${found}; this Xiufu knows up to ${supported}`);
    this.name = 'BackupTooNewError';
  }
}

export class BackupRawError extends Error {
  constructor() {
    super('A raw copy of a damaged data file cannot be restored');
    this.name = 'BackupRawError';
  }
}

export type Progress = (
  phase: import('../../core/backups').BackupPhase,
  done: number,
  total: number,
) => void;
