import type { DueItem } from '../../core/types';
import type { Database } from '../connection';
import { statementCache } from '../statements';

export interface CaseDateRow {
  listingId: number;
  kind: string;
  date: string;
  done: boolean;
  provisional: boolean;
  unit: 'working' | 'calendar' | '';
}

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
}

interface Row {
  case_id: number;
  client_name: string;
  client_id_number: string;
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

const toItem = (r: Row): DueItem => ({
  caseId: r.case_id,
  clientName: r.client_name,
  clientIdNumber: r.client_id_number,
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

const FROM = `
  FROM case_dates d
  JOIN cases c ON c.id = d.case_id
  JOIN clients k ON k.id = c.client_id
  JOIN listings l ON l.id = d.listing_id`;

/**
 * Only the filters given go into the SQL, so the planner can use case_dates_due
 * (kind, done, date); each combination is prepared once by the statement cache.
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
  if (q.kinds) list('kind', 'd.kind', q.kinds);
  if (q.openOnly) parts.push('d.done = 0');
  equal('d.date', 'from', q.from, '>=');
  equal('d.date', 'to', q.to, '<=');
  if (q.stages) list('stage', 'c.stage', q.stages);
  if (q.hideStages?.length) list('hide', 'c.stage', q.hideStages, 'NOT IN');
  Object.entries(q.onlyKinds ?? {}).forEach(([stage, kinds = []], i) => {
    params[`only${i}`] = stage;
    parts.push(`(c.stage <> :only${i} OR d.kind IN (${names(`only${i}k`, kinds)}))`);
  });
  equal('c.assignee', 'assignee', q.assignee);
  equal('l.regime_id', 'regimeId', q.regimeId);
  equal('l.authority', 'authority', q.authority);
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

/** The computed dates of every case, kept in step with the rules engine by api/handlers/refresh. */
export function caseDatesRepository(db: Database) {
  const sql = statementCache(db);
  return {
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
      const w = where(q);
      return (
        sql(
          `SELECT d.case_id, k.name AS client_name, k.id_number AS client_id_number, c.stage, c.assignee,
             d.listing_id, l.regime_id, l.authority, l.decision_no, d.kind, d.date, d.done, d.provisional, d.unit
           ${FROM} ${w.sql} ORDER BY d.date, d.case_id, d.listing_id LIMIT :limit`,
        ).all({ ...w.params, limit: q.limit ?? 500 }) as Row[]
      ).map(toItem);
    },

    /** The earliest date of the selection, or null when it is empty. */
    earliest(q: DueQuery): string | null {
      const w = where(q);
      return (sql(`SELECT min(d.date) AS d ${FROM} ${w.sql}`).get(w.params) as { d: string | null })
        .d;
    },

    countDue(q: DueQuery): number {
      const w = where(q);
      return (sql(`SELECT count(*) AS n ${FROM} ${w.sql}`).get(w.params) as { n: number }).n;
    },

    /** Values to offer in the agenda's filters. */
    facets(): { assignees: string[]; authorities: string[] } {
      const assignees = sql(
        "SELECT DISTINCT assignee FROM cases WHERE archived_at IS NULL AND assignee <> '' ORDER BY assignee",
      ).all() as { assignee: string }[];
      const authorities = sql(
        'SELECT DISTINCT l.authority FROM listings l JOIN case_dates d ON d.listing_id = l.id ORDER BY l.authority',
      ).all() as { authority: string }[];
      return {
        assignees: assignees.map((r) => r.assignee),
        authorities: authorities.map((r) => r.authority),
      };
    },
  };
}
