/**
 * The audit log's reads: every history entry, newest first, a page at a time (keyset on
 * id: a page never reads the entries before it), narrowed by person, client, case, kind
 * and time. Each filter is served by an index of migration 0010 that yields entries in id
 * order; a client or case filter reads that client's or case's own entries only. A range
 * of days is checked on entries read newest first (history_by_at only says whether the
 * range holds any entry), so a page costs what it shows plus the entries newer than the
 * range's end.
 */
import type { AuditEntry, HistoryAction, HistoryEntity } from '../../core/audit';
import type { Database } from '../connection';
import { statementCache } from '../statements';
import { toEntry, type HistoryRow } from './history';

export interface AuditQuery {
  actor?: string | undefined;
  clientId?: number | undefined;
  caseId?: number | undefined;
  entity?: HistoryEntity | undefined;
  action?: HistoryAction | undefined;
  /** Instants (UTC ISO, as stored): from included, to excluded. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
  /** Only entries older than this one (the last shown). */
  beforeId?: number | null | undefined;
  take: number;
}

interface Row extends Omit<HistoryRow, 'action'> {
  action: HistoryAction;
  client_id: number | null;
  client_name: string | null;
  case_id: number | null;
  regime_id: string | null;
  decision_no: string | null;
}

const toAuditEntry = (r: Row): AuditEntry => ({
  ...toEntry(r as HistoryRow),
  action: r.action,
  erasedAt: r.erased_at,
  client:
    r.client_id === null || r.client_name === null
      ? null
      : { id: r.client_id, name: r.client_name },
  caseId: r.case_id,
  listing:
    r.regime_id === null || r.decision_no === null
      ? null
      : { regimeId: r.regime_id, decisionNo: r.decision_no },
});

/** Each filter's condition on history h; a filter left out adds nothing. */
const CONDITIONS: Record<Exclude<keyof AuditQuery, 'take'>, string> = {
  actor: 'h.actor = :actor',
  entity: 'h.entity = :entity',
  action: 'h.action = :action',
  // Unary plus: days are checked on the entries read in id order, not looked up through
  // history_by_at, which would read (and sort) every entry of the range for each page.
  fromAt: '+h.at >= :fromAt',
  toAt: '+h.at < :toAt',
  beforeId: 'h.id < :beforeId',
  clientId: `((h.entity = 'client' AND h.entity_id = :clientId)
    OR (h.entity = 'listing' AND h.entity_id IN (SELECT id FROM listings WHERE client_id = :clientId))
    OR (h.entity = 'case' AND h.entity_id IN (SELECT id FROM cases WHERE client_id = :clientId)))`,
  caseId: `((h.entity = 'case' AND h.entity_id = :caseId)
    OR (h.entity = 'listing' AND h.entity_id IN (SELECT listing_id FROM case_listings WHERE case_id = :caseId)))`,
};

/**
 * The page's entries, then (for those few rows only) what names them: the client, the case
 * and the listing, as they stand now.
 */
const pageSql = (where: string) => `
  SELECT h.*, coalesce(cl.id, lc.id, cc.id) AS client_id,
    coalesce(cl.name, lc.name, cc.name) AS client_name,
    CASE h.entity WHEN 'case' THEN c.id
      WHEN 'listing' THEN (SELECT min(case_id) FROM case_listings WHERE listing_id = l.id) END AS case_id,
    l.regime_id, l.decision_no
  FROM (SELECT * FROM history h ${where} ORDER BY h.id DESC LIMIT :take) h
  LEFT JOIN clients cl ON h.entity = 'client' AND cl.id = h.entity_id
  LEFT JOIN listings l ON h.entity = 'listing' AND l.id = h.entity_id
  LEFT JOIN clients lc ON lc.id = l.client_id
  LEFT JOIN cases c ON h.entity = 'case' AND c.id = h.entity_id
  LEFT JOIN clients cc ON cc.id = c.client_id
  ORDER BY h.id DESC`;

/** The WHERE of the filters given (none: every entry) and their parameters. */
function whereOf(q: Omit<AuditQuery, 'take'>) {
  const params: Record<string, string | number> = {};
  const where: string[] = [];
  for (const [name, condition] of Object.entries(CONDITIONS)) {
    const value = q[name as keyof typeof CONDITIONS];
    if (value === undefined || value === null || value === '') continue;
    where.push(condition);
    params[name] = value;
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function auditRepository(db: Database) {
  const sql = statementCache(db);
  const anyBetween = (fromAt: string | undefined, toAt: string | undefined): boolean =>
    sql(
      `SELECT 1 FROM history WHERE at >= coalesce(:fromAt, '') AND at < coalesce(:toAt, '~') LIMIT 1`,
    ).get({ fromAt: fromAt || null, toAt: toAt || null }) !== undefined;
  return {
    /** Up to `take` entries matching every filter given, newest first. */
    page(q: AuditQuery): AuditEntry[] {
      // A range of days without a single entry would otherwise be read to the start of
      // the history: one seek in history_by_at says so first.
      if ((q.fromAt || q.toAt) && !anyBetween(q.fromAt, q.toAt)) return [];
      const { where, params } = whereOf(q);
      return (sql(pageSql(where)).all({ ...params, take: q.take }) as Row[]).map(toAuditEntry);
    },

    /**
     * How many entries match: it reads every one of them, so only an export's worker asks
     * (for its progress), never a request.
     */
    count(q: Omit<AuditQuery, 'take'>): number {
      const { where, params } = whereOf(q);
      return (sql(`SELECT count(*) AS n FROM history h ${where}`).get(params) as { n: number }).n;
    },

    /**
     * The people named in the history, alphabetically, at most `limit`: one index seek each
     * (a skip scan of history_by_actor), however many entries each has.
     */
    actors(limit: number): string[] {
      const rows = sql(
        `WITH RECURSIVE a (actor) AS (
           SELECT min(actor) FROM history
           UNION ALL
           SELECT (SELECT min(actor) FROM history WHERE actor > a.actor) FROM a WHERE a.actor IS NOT NULL
         )
         SELECT actor FROM a WHERE actor IS NOT NULL LIMIT :limit`,
      ).all({ limit }) as { actor: string }[];
      return rows.map((r) => r.actor);
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
