import type { ComputedCase } from '../../core/recompute';
import type { DueItem } from '../../core/types';
import type { ClientKind } from '../../core/schemas';
import { maskIdNumber } from '../../core/personal/mask';
import type { Database } from '../connection';
import { statementCache } from '../statements';
import { DEADLINE_KINDS, type DayCount } from '../../core/agenda';
import { DEADLINE_KINDS_SQL, isDeadlineSet } from '../open-dates';

/** A stored date of a case: what the engine computed (core/recompute). */
export type CaseDateRow = ComputedCase['dates'][number];

/** One date row as case-inputs.ts compares stored rows with computed ones. */
export const dateEntry = (r: CaseDateRow): string =>
  `${r.listingId},${r.kind},${r.date},${r.done ? 1 : 0},${r.provisional ? 1 : 0},${r.unit}`;

export interface DueQuery {
  kinds?: readonly string[];
  /** Inclusive bounds on the date. */
  from?: string;
  to?: string;
  /** Only dates whose awaited event has not happened. */
  openOnly?: boolean;
  stages?: readonly string[];
  /** Cases in these stages show no date. */
  hideStages?: readonly string[];
  /** Cases in a stage named here show only the kinds listed for it. */
  onlyKinds?: Readonly<Partial<Record<string, readonly string[]>>>;
  assignee?: string;
  regimeId?: string;
  authority?: string;
  limit?: number;
  /**
   * Pages in a total order (date, case, listing, kind), starting after `after` when given:
   * the agenda's keyset. Without it the order stops at the listing, which the open
   * deadlines' index gives without sorting (the dashboard's lists).
   */
  keyset?: { after: DueKey | null };
}

/** Where a keyset page of dates ends. */
export interface DueKey {
  date: string;
  caseId: number;
  listingId: number;
  kind: string;
}

export interface DueRow {
  case_id: number;
  client_name: string;
  client_id_number: string;
  client_kind: ClientKind;
  stage: DueItem['stage'];
  assignee: string;
  listing_id: number;
  regime_id: DueItem['regimeId'];
  authority: string;
  decision_no: string;
  kind: DueItem['kind'];
  date: string;
  done: number;
  provisional: number;
  unit: DueItem['unit'];
}

export const toItem = (r: DueRow): DueItem => ({
  caseId: r.case_id,
  clientName: r.client_name,
  clientIdNumber: maskIdNumber(r.client_kind, r.client_id_number),
  stage: r.stage,
  assignee: r.assignee,
  listingId: r.listing_id,
  regimeId: r.regime_id,
  authority: r.authority,
  decisionNo: r.decision_no,
  kind: r.kind,
  date: r.date,
  done: r.done === 1,
  provisional: r.provisional === 1,
  unit: r.unit,
});

/** What the filters read; the client's name and code join only where rows are returned. */
const FILTERED = `
  FROM case_dates d
  JOIN cases c ON c.id = d.case_id
  JOIN listings l ON l.id = d.listing_id`;
export const FROM = `${FILTERED}
  JOIN clients k ON k.id = c.client_id`;

/**
 * Only the filters given go into the SQL, so the planner can use the partial indexes of
 * open dates (migration 0007); each combination is prepared once by the statement cache.
 */
function where(q: DueQuery): { sql: string; params: Record<string, string | number> } {
  // An archived case or listing shows no date anywhere.
  const parts = ['c.archived_at IS NULL', 'l.archived_at IS NULL'];
  const params: Record<string, string | number> = {};
  const names = (name: string, values: readonly string[]) =>
    values
      .map((v, i) => {
        params[`${name}${i}`] = v;
        return `:${name}${i}`;
      })
      .join(', ') || 'NULL';
  const list = (name: string, column: string, values: readonly string[], op = 'IN') =>
    parts.push(`${column} ${op} (${names(name, values)})`);
  const equal = (column: string, name: string, value: string | undefined, op = '=') => {
    if (value === undefined || value === '') return;
    parts.push(`${column} ${op} :${name}`);
    params[name] = value;
  };
  // Word for word the WHERE of a partial index of migration 0007, so SQLite can read it.
  if (q.openOnly && q.kinds && isDeadlineSet(q.kinds, DEADLINE_KINDS)) {
    parts.push('d.done = 0', `d.kind IN (${DEADLINE_KINDS_SQL})`);
  } else {
    if (q.kinds) list('kind', 'd.kind', q.kinds);
    if (q.openOnly) parts.push('d.done = 0');
    if (q.openOnly && q.kinds?.every((k) => !DEADLINE_KINDS.includes(k as never))) {
      parts.push(`d.kind NOT IN (${DEADLINE_KINDS_SQL})`);
    }
  }
  equal('d.date', 'from', q.from, '>=');
  equal('d.date', 'to', q.to, '<=');
  // The unary + keeps the planner off cases_live_stage: a date window is read from the
  // dates' partial index in date order; a sampled ANALYZE (db/optimize.ts) underestimates
  // the cases of a stage and would otherwise start there and sort every match.
  if (q.stages) list('stage', '+c.stage', q.stages);
  if (q.hideStages?.length) list('hide', 'c.stage', q.hideStages, 'NOT IN');
  Object.entries(q.onlyKinds ?? {}).forEach(([stage, kinds = []], i) => {
    params[`only${i}`] = stage;
    parts.push(`(c.stage <> :only${i} OR d.kind IN (${names(`only${i}k`, kinds)}))`);
  });
  equal('c.assignee', 'assignee', q.assignee);
  equal('l.regime_id', 'regimeId', q.regimeId);
  equal('l.authority', 'authority', q.authority);
  const after = q.keyset?.after;
  if (after) {
    parts.push('(d.date, d.case_id, d.listing_id, d.kind) > (:ad, :ac, :al, :ak)');
    Object.assign(params, {
      ad: after.date,
      ac: after.caseId,
      al: after.listingId,
      ak: after.kind,
    });
  }
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

/** The columns of a DueRow, read from FROM's tables. */
export const DUE_COLUMNS = `d.case_id, k.name AS client_name, k.id_number AS client_id_number, k.kind AS client_kind,
  c.stage,
  c.assignee, d.listing_id, l.regime_id, l.authority, l.decision_no, d.kind, d.date, d.done,
  d.provisional, d.unit`;

/** The selection's dates in date order (exported so a test can read its query plan). */
export function dueStatement(q: DueQuery) {
  const w = where(q);
  return {
    sql: `SELECT ${DUE_COLUMNS} ${FROM} ${w.sql}
      ORDER BY d.date, d.case_id, d.listing_id${q.keyset ? ', d.kind' : ''} LIMIT :limit`,
    params: { ...w.params, limit: q.limit ?? 500 },
  };
}

/**
 * The distinct values of `column` in order, by a loose index scan: each step asks the
 * index for the least value above the last one, so the cost follows the number of
 * distinct values, not of rows.
 */
function distinctValues(table: string, column: string, where: string): string {
  return `WITH RECURSIVE v(v) AS (
      SELECT min(${column}) FROM ${table} WHERE ${where}
      UNION ALL
      SELECT (SELECT min(${column}) FROM ${table} WHERE ${where} AND ${column} > v.v) FROM v
        WHERE v.v IS NOT NULL)
    SELECT v FROM v WHERE v IS NOT NULL`;
}

/** The computed dates of every case, kept in step with the rules engine by api/handlers/refresh. */
export function caseDatesRepository(db: Database) {
  const sql = statementCache(db);
  return {
    /**
     * Writes a case's dates as `rows`, touching only the rows that differ from `stored`
     * (the case's rows as case-inputs.ts STORED joins them: "listing,kind,date,done,
     * provisional,unit" joined by ";"). A holiday year moves one or two dates of a case;
     * rewriting all of them fired every trigger and index of every row.
     */
    write(caseId: number, rows: readonly CaseDateRow[], stored: string): void {
      const old = new Map<string, string>();
      for (const entry of stored ? stored.split(';') : []) {
        const [listingId, kind] = entry.split(',', 2);
        old.set(`${listingId},${kind}`, entry);
      }
      for (const r of rows) {
        const key = `${r.listingId},${r.kind}`;
        const entry = dateEntry(r);
        const was = old.get(key);
        old.delete(key);
        if (was === entry) continue;
        const values = { caseId, ...r, done: r.done ? 1 : 0, provisional: r.provisional ? 1 : 0 };
        if (was === undefined)
          sql(
            `INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
             VALUES (:caseId, :listingId, :kind, :date, :done, :provisional, :unit)`,
          ).run(values);
        else
          sql(
            `UPDATE case_dates SET date = :date, done = :done, provisional = :provisional, unit = :unit
             WHERE case_id = :caseId AND listing_id = :listingId AND kind = :kind`,
          ).run(values);
      }
      for (const key of old.keys()) {
        const [listingId, kind] = key.split(',');
        sql(
          'DELETE FROM case_dates WHERE case_id = :caseId AND listing_id = :listingId AND kind = :kind',
        ).run({ caseId, listingId: Number(listingId), kind });
      }
    },

    replace(caseId: number, rows: CaseDateRow[]): void {
      sql('DELETE FROM case_dates WHERE case_id = :caseId').run({ caseId });
      const insert = sql(
        `INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
         VALUES (:caseId, :listingId, :kind, :date, :done, :provisional, :unit)`,
      );
      for (const r of rows) {
        insert.run({ caseId, ...r, done: r.done ? 1 : 0, provisional: r.provisional ? 1 : 0 });
      }
    },

    due(q: DueQuery): DueItem[] {
      const s = dueStatement(q);
      return (sql(s.sql).all(s.params) as DueRow[]).map(toItem);
    },

    /** The earliest date of the selection, or null when it is empty. */
    earliest(q: DueQuery): string | null {
      const w = where(q);
      return (
        sql(`SELECT min(d.date) AS d ${FILTERED} ${w.sql}`).get(w.params) as { d: string | null }
      ).d;
    },

    /**
     * Open authority deadlines on or before `to` of live cases waiting on the authority:
     * the dashboard's overdue window, counted from case_dates_awaited_deadlines alone.
     */
    countAwaited(to: string): number {
      return (
        sql(
          // Kept per date by migration 0008's triggers: one row a day, not one a deadline.
          'SELECT coalesce(sum(n), 0) AS n FROM awaited_by_date WHERE date <= :to',
        ).get({ to }) as { n: number }
      ).n;
    },

    /**
     * The selection's dates counted by day and status (deadline or milestone, done or
     * not), in date order: the agenda's month grid, whatever part of the list is loaded.
     */
    dayCounts(q: DueQuery): DayCount[] {
      const w = where(q);
      const rows = sql(
        `SELECT d.date, min(d.kind) AS kind, d.done, count(*) AS n ${FILTERED} ${w.sql}
         GROUP BY d.date, d.kind IN (${DEADLINE_KINDS_SQL}), d.done ORDER BY d.date`,
      ).all(w.params) as { date: string; kind: DayCount['kind']; done: number; n: number }[];
      return rows.map((r) => ({ ...r, done: r.done === 1 }));
    },

    countDue(q: DueQuery): number {
      const w = where(q);
      return (sql(`SELECT count(*) AS n ${FILTERED} ${w.sql}`).get(w.params) as { n: number }).n;
    },

    /**
     * Values to offer in the agenda's filters: the assignees of live cases and the
     * authorities of live listings that are in a case. Each list skips through its partial
     * index (migration 0007), one probe per distinct value, however many rows share it.
     */
    facets(): { assignees: string[]; authorities: string[] } {
      const assignees = sql(
        distinctValues('cases', 'assignee', "assignee <> '' AND archived_at IS NULL"),
      ).all() as { v: string }[];
      const authorities = sql(
        distinctValues('listings', 'authority', 'archived_at IS NULL'),
      ).all() as {
        v: string;
      }[];
      const inCase = sql(
        `SELECT EXISTS (SELECT 1 FROM listings l JOIN case_listings x ON x.listing_id = l.id
           WHERE l.authority = :v AND l.archived_at IS NULL) AS yes`,
      );
      return {
        assignees: assignees.map((r) => r.v),
        authorities: authorities
          .filter((r) => (inCase.get({ v: r.v }) as { yes: number }).yes === 1)
          .map((r) => r.v),
      };
    },
  };
}
