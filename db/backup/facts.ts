/**
 * What a database holds, for a backup's manifest and for the comparison before a restore:
 * counts, the newest change, and the attachments it refers to. Works on a database of
 * any data version (an old one may lack the tables of later migrations).
 */
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { BackupCounts, PooledFile } from '../../core/backups';

type Db = BetterSqlite3.Database;

function hasTable(db: Db, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}

function count(db: Db, table: string, where = ''): number {
  if (!hasTable(db, table)) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
}

export function dataCounts(db: Db): BackupCounts {
  return {
    clients: count(db, 'clients'),
    cases: count(db, 'cases'),
    files: count(db, 'case_files', 'WHERE removed_at IS NULL'),
  };
}

/** The instant of the last entry of the history log (ids grow with time): O(1). */
export function newestChange(db: Db): string | null {
  if (!hasTable(db, 'history')) return null;
  const row = db.prepare('SELECT at FROM history ORDER BY id DESC LIMIT 1').get() as
    { at: string } | undefined;
  return row?.at ?? null;
}

/** Every stored file a live row (an attached file or a packet) points at. */
export function referencedFiles(db: Db): PooledFile[] {
  if (!hasTable(db, 'attachments')) return [];
  return db
    .prepare(
      `SELECT a.sha256, a.size FROM attachments a
       WHERE EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = a.sha256 AND f.removed_at IS NULL)
          OR EXISTS (SELECT 1 FROM packets p WHERE p.sha256 = a.sha256)
       ORDER BY a.sha256`,
    )
    .all() as PooledFile[];
}

/** The bytes of referencedFiles, without listing them. */
export function referencedBytes(db: Db): number {
  if (!hasTable(db, 'attachments')) return 0;
  const row = db
    .prepare(
      `SELECT coalesce(sum(a.size), 0) AS n FROM attachments a
       WHERE EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = a.sha256 AND f.removed_at IS NULL)
          OR EXISTS (SELECT 1 FROM packets p WHERE p.sha256 = a.sha256)`,
    )
    .get() as { n: number };
  return row.n;
}

export function dataVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
