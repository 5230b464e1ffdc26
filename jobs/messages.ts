/**
 * What a job's worker thread and the server thread say to each other. Errors cross as
 * data and are revived as the db/backup and attachment error classes, so refusals keep
 * their meaning.
 */
import type { BackupPhase, BackupProblem } from '../core/backups';
import { AttachmentCorruptError, AttachmentMissingError } from '../db/attachments/errors';
import { BackupDamagedError, BackupRawError, BackupTooNewError } from '../db/backup/errors';
import type { RekeyStep } from '../db/crypt/rekey';
import type { ImportPhase } from './import-ops';

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  problems?: BackupProblem[];
  found?: number;
  supported?: number;
  sha256?: string;
  actual?: string;
}

export type WorkerMessage =
  | {
      type: 'progress';
      phase:
        | BackupPhase
        | 'evaluating'
        | 'packet'
        | 'verifying'
        | 'exporting'
        | 'counting'
        | RekeyStep
        | 'export'
        | ImportPhase;
      done: number;
      total: number;
    }
  | { type: 'done'; value: unknown }
  | { type: 'error'; cancelled: boolean; error: SerializedError };

export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const e = err as Error & Partial<SerializedError>;
  return {
    name: e.name,
    message: e.message,
    stack: e.stack,
    code: e.code,
    problems: e.problems,
    found: e.found,
    supported: e.supported,
    sha256: e.sha256,
    actual: e.actual,
  };
}

export function reviveError(s: SerializedError): Error {
  switch (s.name) {
    case 'BackupDamagedError':
      return new BackupDamagedError(s.problems ?? []);
    case 'BackupTooNewError':
      return new BackupTooNewError(s.found ?? 0, s.supported ?? 0);
    case 'BackupRawError':
      return new BackupRawError();
    case 'AttachmentCorruptError':
      return new AttachmentCorruptError(s.sha256 ?? '', s.actual ?? '');
    case 'AttachmentMissingError':
      return new AttachmentMissingError(s.sha256 ?? '');
    default: {
      const err = new Error(s.message) as Error & { code?: string };
      err.name = s.name;
      if (s.stack) err.stack = s.stack;
      if (s.code) err.code = s.code;
      return err;
    }
  }
}
