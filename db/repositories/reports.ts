/**
 * The Reports screen's SQL: each report grouped in the database (GROUP BY over indexed
 * ranges), so the backend receives a few hundred grouped rows rather than every case.
 * core/reports does the arithmetic that needs the holiday calendar (working days) or
 * fills the gaps (empty months, empty weeks). Every statement takes the same named
 * parameters (:from, :to, :regimeId, :authority, :assignee, '' meaning "any").
 */
import type { Database } from '../connection';
import type { ResolvedFilters } from '../../core/reports';
import { statementCache } from '../statements';
import { DEADLINE_KINDS_SQL } from '../open-dates';

/** Live cases of the chosen assignee. */
const CASE_MATCHES = `c.archived_at IS NULL AND (:assignee = '' OR c.assignee = :assignee)`;
/** A live listing of the chosen regime and authority. */
const LISTING_MATCHES = `l.archived_at IS NULL AND (:regimeId = '' OR l.regime_id = :regimeId)
  AND (:authority = '' OR l.authority = :authority)`;
/** The case has such a listing (every case when neither is chosen). */
const CASE_HAS_LISTING = `((:regimeId = '' AND :authority = '') OR EXISTS (
  SELECT 1 FROM case_listings cl JOIN listings l ON l.id = cl.listing_id
  WHERE cl.case_id = c.id AND ${LISTING_MATCHES}))`;

/** Each authority event as the stage the application reached with it. */
const STAGE_OF_EVENT = `CASE e.type WHEN 'decided' THEN json_extract(e.data, '$.outcome')
  WHEN 'supplementRequested' THEN 'supplement' ELSE e.type END`;

export const REPORT_SQL = {
  /** Per month: cases that reached each stage in it (a case counts once per month and stage). */
  stages: `SELECT substr(e.date, 1, 7) AS month, ${STAGE_OF_EVENT} AS reached,
      count(DISTINCT e.case_id) AS n
    FROM case_events e JOIN cases c ON c.id = e.case_id
    WHERE e.type IN ('filed', 'accepted', 'supplementRequested', 'decided', 'withdrawn')
      AND e.date BETWEEN :from AND :to AND ${CASE_MATCHES} AND ${CASE_HAS_LISTING}
    GROUP BY month, reached`,

  /** Decisions in the range per regime and authority of the case's listings. */
  approval: `SELECT l.regime_id AS regimeId, l.authority AS authority, count(*) AS decided,
      sum(json_extract(e.data, '$.outcome') = 'repaired') AS approved
    FROM case_events e JOIN cases c ON c.id = e.case_id
      JOIN case_listings cl ON cl.case_id = e.case_id JOIN listings l ON l.id = cl.listing_id
    WHERE e.type = 'decided' AND e.date BETWEEN :from AND :to AND ${CASE_MATCHES}
      AND ${LISTING_MATCHES}
    GROUP BY l.regime_id, l.authority`,

  /**
   * Decisions in the range with the day their clock started: the last acceptance or filing
   * on or before the decision (the decision deadline runs from acceptance, or from filing
   * where the authority skipped acceptance). Grouped by the pair of days, so the calendar
   * counts each distinct pair once.
   */
  decisionTime: `SELECT l.authority AS authority, l.regime_id AS regimeId, s.start AS start,
      s.date AS "end", count(*) AS n
    FROM (SELECT e.case_id, e.date, (SELECT max(f.date) FROM case_events f
            WHERE f.case_id = e.case_id AND f.type IN ('filed', 'accepted') AND f.date <= e.date
          ) AS start
          FROM case_events e JOIN cases c ON c.id = e.case_id
          WHERE e.type = 'decided' AND e.date BETWEEN :from AND :to AND ${CASE_MATCHES}) s
      JOIN case_listings cl ON cl.case_id = s.case_id JOIN listings l ON l.id = cl.listing_id
    WHERE s.start IS NOT NULL AND ${LISTING_MATCHES}
    GROUP BY l.authority, l.regime_id, s.start, s.date`,

  /**
   * Cases waiting on an authority now, and those whose deadline has passed. Reads the
   * partial index of awaited deadlines (migration 0007): its WHERE is repeated word for word.
   * awaited = 1 already means a live case and a live listing (its triggers keep it so), so
   * the cases are read only to pick one assignee's, from that index of live cases.
   */
  overdue: `SELECT l.authority AS authority, count(DISTINCT d.case_id) AS awaiting,
      count(DISTINCT CASE WHEN d.date < :today THEN d.case_id END) AS overdue
    FROM case_dates d JOIN listings l ON l.id = d.listing_id
    WHERE d.done = 0 AND d.kind IN (${DEADLINE_KINDS_SQL}) AND d.awaited = 1
      AND (:assignee = '' OR d.case_id IN (
        SELECT id FROM cases WHERE archived_at IS NULL AND assignee = :assignee))
      AND ${LISTING_MATCHES}
    GROUP BY l.authority`,

  /** Cases not yet filed that may apply on each day of the span (the open milestones' index). */
  eligible: `SELECT d.date AS date, count(DISTINCT d.case_id) AS n
    FROM case_dates d JOIN listings l ON l.id = d.listing_id JOIN cases c ON c.id = d.case_id
    WHERE d.done = 0 AND d.kind NOT IN (${DEADLINE_KINDS_SQL}) AND d.kind = 'mayApplyFrom'
      AND d.date BETWEEN :spanFrom AND :spanTo
      AND c.stage IN ('intake', 'waiting', 'preparing', 'ready')
      AND ${CASE_MATCHES} AND ${LISTING_MATCHES}
    GROUP BY d.date`,

  /** Open cases per assignee and stage (ended stages left out). */
  workload: `SELECT c.assignee AS assignee, c.stage AS stage, count(*) AS n
    FROM cases c
    WHERE c.stage NOT IN ('repaired', 'refused', 'closed', 'withdrawn')
      AND ${CASE_MATCHES} AND ${CASE_HAS_LISTING}
    GROUP BY c.assignee, c.stage`,

  /** The choices of the filters: live authorities and assignees, by skipping through indexes. */
  authorities: `SELECT DISTINCT authority FROM listings WHERE archived_at IS NULL ORDER BY authority`,
  assignees: `SELECT DISTINCT assignee FROM cases WHERE archived_at IS NULL AND assignee <> ''
    ORDER BY assignee`,
} as const;

type Params = ResolvedFilters & { today: string; spanFrom: string; spanTo: string };

export function reportsRepository(db: Database) {
  const sql = statementCache(db);
  const rows = <T>(key: keyof typeof REPORT_SQL, p?: Params) =>
    (p ? sql(REPORT_SQL[key]).all(p) : sql(REPORT_SQL[key]).all()) as T[];
  return {
    stages: (p: Params) => rows<{ month: string; reached: string; n: number }>('stages', p),
    approval: (p: Params) =>
      rows<{ regimeId: string; authority: string; decided: number; approved: number }>(
        'approval',
        p,
      ),
    decisionTime: (p: Params) =>
      rows<{ authority: string; regimeId: string; start: string; end: string; n: number }>(
        'decisionTime',
        p,
      ),
    overdue: (p: Params) =>
      rows<{ authority: string; awaiting: number; overdue: number }>('overdue', p),
    eligible: (p: Params) => rows<{ date: string; n: number }>('eligible', p),
    workload: (p: Params) => rows<{ assignee: string; stage: string; n: number }>('workload', p),
    choices(): { authorities: string[]; assignees: string[] } {
      return {
        authorities: rows<{ authority: string }>('authorities').map((r) => r.authority),
        assignees: rows<{ assignee: string }>('assignees').map((r) => r.assignee),
      };
    },
  };
}

export type ReportParams = Params;
