/**
 * Keeps the planner's statistics current (issue 10): without them SQLite guesses, and at
 * 100k cases a guess can read a whole table where an index range would do. SQLite's advice:
 * `PRAGMA optimize=0x10002` when a connection opens, plain `PRAGMA optimize` before it
 * closes and after bulk changes. analysis_limit makes each ANALYZE read a sample, so it
 * stays quick at a million rows. A read-only connection cannot store statistics.
 */
import type { Database } from './connection';

const ANALYSIS_LIMIT = 1000;

export function optimize(db: Database, when: 'open' | 'close' | 'bulk' = 'bulk'): void {
  if (db.readonly || !db.open) return;
  try {
    db.pragma(`analysis_limit = ${ANALYSIS_LIMIT}`);
    db.pragma(when === 'open' ? 'optimize = 0x10002' : 'optimize');
  } catch {
    // Statistics only speed queries up: a full disk or a busy file must not stop the
    // open or the close; the next optimize catches up.
  }
}
