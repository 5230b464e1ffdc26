import type { Database } from './connection';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/**
 * Prepares each distinct SQL text once per connection. List queries are assembled from a
 * fixed set of fragments, so the cache stays small.
 */
export function statementCache(db: Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql: string): BetterSqlite3.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

export const nowIso = (): string => new Date().toISOString();
