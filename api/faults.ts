/**
 * Failures that are not bugs, recognised in one place wherever they surface (a handler, a
 * background job): a full disk, a folder that cannot be written, and a write that lost a
 * race to another (a constraint the handler's own check could not see coming). Each
 * becomes an AppError that says what happened and what to do; anything else stays a
 * fault, logged with a reference.
 */
import { relative, isAbsolute } from 'node:path';
import { driveOf } from '../db/drive';
import type { MessageKey } from '../core/messages';
import { AppError } from './errors';

/** No space left: SQLite's own code, the file system's, and a user's quota. */
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);

/** A unique column (table.column as SQLite names it) and what to say when a race hits it. */
const UNIQUE_MESSAGES: Record<string, { key: MessageKey; field: string }> = {
  'clients.id_number': { key: 'owner.duplicateIdNumber', field: 'idNumber' },
  'case_listings.listing_id': { key: 'owner.duplicateListing', field: 'listingId' },
};

export function faultToAppError(err: unknown, dataDir: string): AppError | null {
  const code = codeOf(err);
  if (DISK_FULL.has(code)) {
    return new AppError('disk_full', 'owner.diskFull', { drive: driveOf(dataDir), dataDir });
  }
  if (isReadOnly(err, code, dataDir))
    return new AppError('read_only', 'owner.readOnly', { dataDir });
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return uniqueConflict((err as Error).message);
  }
  // A row this write points at was removed meanwhile (another window archived or deleted it).
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('conflict', 'owner.conflict');
  // CHECK, NOT NULL and trigger violations are not races: the input should have been
  // refused before it reached SQL, so they stay faults with a reference to report.
  return null;
}

/**
 * "UNIQUE constraint failed: clients.id_number" (or several table.column pairs for a
 * composite key): the last column is the one the user chose, and names the field.
 */
function uniqueConflict(message: string): AppError {
  const columns = (message.split(': ')[1] ?? '').split(', ').map((c) => c.trim());
  const known = columns.map((c) => UNIQUE_MESSAGES[c]).find((m) => m !== undefined);
  if (known) return new AppError('conflict', known.key, {}, known.field);
  const last = columns[columns.length - 1]?.split('.')[1];
  return new AppError('conflict', 'owner.conflict', {}, last ? camelCase(last) : undefined);
}

function isReadOnly(err: unknown, code: string, dataDir: string): boolean {
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return true;
  // Permission refused on a path of the data folder (not, say, the system's temp folder).
  if (code !== 'EACCES' && code !== 'EPERM') return false;
  const path = (err as { path?: unknown }).path;
  if (typeof path !== 'string') return false;
  const rel = relative(dataDir, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
