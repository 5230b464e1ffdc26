/**
 * Numbered migrations tracked with PRAGMA user_version. All pending steps run in one
 * transaction: a database is either fully at the new version or untouched.
 */
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import m0001 from './0001-init';
import m0002 from './0002-calendars';
import m0003 from './0003-lifecycle';
import m0004 from './0004-documents';
import m0005 from './0005-document-checks';
import m0006 from './0006-find';
import m0007 from './0007-open-dates';
import m0008 from './0008-overdue-by-date';
import m0009 from './0009-history-chain';
import m0010 from './0010-audit-log';
import m0011 from './0011-personal-data';
import m0012 from './0012-letter-versions';
import m0013 from './0013-import-batches';
import m0014 from './0014-bundle-imports';
import m0015 from './0015-report-indexes';
import m0016 from './0016-search-deferral';
import { DataFileError } from '../data-file-error';

export interface Migration {
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}

export const MIGRATIONS: Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
  m0016,
];

export function latestVersion(migrations: Migration[] = MIGRATIONS): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
}

export class DatabaseTooNewError extends DataFileError {
  constructor(
    readonly found: number,
    readonly supported: number,
    file = 'xiufu.db',
  ) {
    super(
      file,
      { kind: 'newer', found, supported },
      `This data file was written by a newer Xiufu (data version ${found}; this Xiufu knows up to ${supported}). ` +
        'It was not opened, so nothing in it changed. Install the newer Xiufu, or choose another data folder with XIUFU_DATA_DIR.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function currentVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotTooNew(
  db: BetterSqlite3.Database,
  migrations: Migration[] = MIGRATIONS,
): void {
  const latest = latestVersion(migrations);
  const found = currentVersion(db);
  if (found > latest) throw new DatabaseTooNewError(found, latest);
}

/** Brings the database up to `target` (default: the newest migration). */
export function migrate(
  db: BetterSqlite3.Database,
  migrations: Migration[] = MIGRATIONS,
  target = latestVersion(migrations),
): number {
  assertNotTooNew(db, migrations);
  const from = currentVersion(db);
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return currentVersion(db);
}
