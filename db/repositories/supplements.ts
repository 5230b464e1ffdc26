import type { DueItem } from '../../core/types';
import type { Database } from '../connection';
import { DEADLINE_KINDS_SQL } from '../open-dates';
import { statementCache } from '../statements';

export interface StoppedCase extends Omit<DueItem, 'kind' | 'done' | 'provisional' | 'unit'> {
  /** The day the latest supplement was requested. */
  date: string;
}

/**
 * Cases whose clock a supplement request stopped, in one query (it was three per case):
 * live cases in the supplement stage with no open deadline left on a live listing, each
 * with its first live listing (the case page's order) and its latest request.
 */
export function supplementsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    stopped(): StoppedCase[] {
      return sql(
        `SELECT c.id AS caseId, k.name AS clientName, k.id_number AS clientIdNumber, c.stage, c.assignee,
           l.id AS listingId, l.regime_id AS regimeId, l.authority, l.decision_no AS decisionNo, e.date
         FROM cases c
         JOIN clients k ON k.id = c.client_id
         JOIN listings l ON l.id = (
           SELECT x.listing_id FROM case_listings x JOIN listings y ON y.id = x.listing_id
           WHERE x.case_id = c.id AND y.archived_at IS NULL ORDER BY y.decision_date, y.id LIMIT 1)
         JOIN case_events e ON e.id = (
           SELECT id FROM case_events WHERE case_id = c.id AND type = 'supplementRequested'
           ORDER BY date DESC, id DESC LIMIT 1)
         WHERE c.archived = 0 AND c.stage = 'supplement'
           AND NOT EXISTS (
             SELECT 1 FROM case_dates d JOIN listings dl ON dl.id = d.listing_id
             WHERE d.case_id = c.id AND d.done = 0 AND d.kind IN (${DEADLINE_KINDS_SQL})
               AND dl.archived_at IS NULL)
         ORDER BY e.date, c.id`,
      ).all() as StoppedCase[];
    },
  };
}
