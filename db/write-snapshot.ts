/**
 * For work done on a second connection (a worker thread) while the app keeps writing:
 * whether anyone committed since a point, and a write transaction that takes the write
 * lock at once, so what it checks cannot change before it commits.
 */
import type { Database } from './connection';

/** Changes whenever another connection commits (SQLite's data_version). */
export function dataVersion(db: Database): number {
  return db.pragma('data_version', { simple: true }) as number;
}

export function immediateTransaction<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/**
 * A write transaction held across awaits (a job that yields between batches to hear a
 * cancel): the write lock is taken at once; the caller commits or rolls back.
 */
export function openTransaction(db: Database): { commit(): void; rollback(): void } {
  db.exec('BEGIN IMMEDIATE');
  return {
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
  };
}
