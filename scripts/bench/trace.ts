/**
 * The bare arm of every measurement is the project's own SQL: while one call of a channel
 * runs, every statement the project's connection executes (its text, its bound values,
 * its mode; better-sqlite3's transactions are statements too), every exec and pragma; the
 * bare arm replays exactly that list on a plain better-sqlite3 connection to the same file.
 * The ratio of the two is then the cost of everything around the SQL (validation, handler
 * logic, mapping, the rules engine), and the count of statements shows work that grows.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { applyPragmas } from '../../db/connection';

export type Step =
  | {
      kind: 'stmt';
      sql: string;
      method: 'run' | 'get' | 'all' | 'iterate';
      args: unknown[];
      pluck: boolean;
      raw: boolean;
    }
  | { kind: 'exec'; sql: string }
  | { kind: 'pragma'; sql: string };

type Db = BetterSqlite3.Database;
type Stmt = BetterSqlite3.Statement & { [MODE]?: { pluck: boolean; raw: boolean } };
const MODE = Symbol('mode');

let recording: { file: string; steps: Step[] } | null = null;
/** The bare arm's connections: never recorded. */
const bare = new WeakSet<Db>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const probe = new BetterSqlite3(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<
    string,
    unknown
  >;
  probe.close();
  const dbProto = BetterSqlite3.prototype as unknown as Record<string, unknown>;
  // The data file's connections only (the folder lock holds a transaction on a file of its own).
  const mine = (db: Db) => recording !== null && db.name === recording.file && !bare.has(db);

  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = statementProto[method] as (...a: unknown[]) => unknown;
    statementProto[method] = function (this: Stmt, ...args: unknown[]) {
      // db.pragma() runs a statement of its own: it is recorded once, as the pragma.
      if (mine(this.database) && !this.source.startsWith('PRAGMA ')) {
        const mode = this[MODE] ?? { pluck: false, raw: false };
        recording!.steps.push({ kind: 'stmt', sql: this.source, method, args, ...mode });
      }
      return original.apply(this, args);
    };
  }
  for (const mode of ['pluck', 'raw'] as const) {
    const original = statementProto[mode] as (t?: boolean) => Stmt;
    statementProto[mode] = function (this: Stmt, toggle = true) {
      this[MODE] = { pluck: false, raw: false, ...this[MODE], [mode]: toggle };
      return original.call(this, toggle);
    };
  }
  for (const kind of ['exec', 'pragma'] as const) {
    const original = dbProto[kind] as (sql: string, o?: unknown) => unknown;
    dbProto[kind] = function (this: Db, sql: string, o?: unknown) {
      if (mine(this)) recording!.steps.push({ kind, sql });
      return original.call(this, sql, o);
    };
  }
}

/** Records what the project's connections run during `fn` (those opened before too). */
export async function traced(file: string, fn: () => Promise<void>): Promise<Step[]> {
  install();
  recording = { file, steps: [] };
  try {
    await fn();
    return recording.steps;
  } finally {
    recording = null;
  }
}

/** Opens the bare arm's connection to the project's file (never traced itself). */
export function bareConnection(file: string): Db {
  install();
  const db = new BetterSqlite3(file);
  bare.add(db);
  // The project's own pragmas (WAL, synchronous FULL, foreign keys), so writes cost the same.
  applyPragmas(db);
  return db;
}

/** Replays a recorded call on `db`; answers how many rows the reads returned. */
export function replay(
  db: Db,
  steps: readonly Step[],
  cache: Map<string, BetterSqlite3.Statement>,
): number {
  let rows = 0;
  for (const step of steps) {
    if (step.kind === 'exec') db.exec(step.sql);
    else if (step.kind === 'pragma') db.pragma(step.sql);
    else {
      let stmt = cache.get(step.sql);
      if (!stmt) cache.set(step.sql, (stmt = db.prepare(step.sql)));
      if (stmt.reader) {
        stmt.raw(step.raw);
        if (!step.raw) stmt.pluck(step.pluck);
      }
      if (step.method === 'all') rows += stmt.all(...step.args).length;
      else if (step.method === 'get') rows += stmt.get(...step.args) === undefined ? 0 : 1;
      else if (step.method === 'iterate') rows += [...stmt.iterate(...step.args)].length;
      else stmt.run(...step.args);
    }
  }
  return rows;
}

/** The statements of a trace (execs and pragmas included), and how many distinct ones. */
export function countStatements(steps: readonly Step[]): { statements: number; distinct: number } {
  const sql = steps.map((s) => s.sql);
  return { statements: sql.length, distinct: new Set(sql).size };
}
