/**
 * The reviewer queue, paged by keyset in two parts: open authority deadlines (each case
 * once, by its earliest one), then the cases whose clock a supplement request stopped.
 * Each part reads an index in order and stops after one page, however many cases wait.
 */
import type { DueItem } from '../../core/types';
import type { ClientKind } from '../../core/schemas';
import { maskIdNumber } from '../../core/personal/mask';
import type { Database } from '../connection';
import { DEADLINE_KINDS_SQL } from '../open-dates';
import { statementCache } from '../statements';
import { DUE_COLUMNS, FROM, toItem, type DueRow } from './case-dates';

export interface StoppedCase extends Omit<DueItem, 'kind' | 'done' | 'provisional' | 'unit'> {
  /** The day the latest supplement was requested. */
  date: string;
}

type StoppedRow = StoppedCase & { clientKind: ClientKind };

/** Where a page ends within its part: the sort date and the case id. */
export interface QueueKey {
  date: string;
  caseId: number;
}

/** An open deadline on a live listing (word for word the WHERE of case_dates_open_deadlines). */
const openDeadline = (d: string, l: string) =>
  `${d}.done = 0 AND ${d}.kind IN (${DEADLINE_KINDS_SQL}) AND ${l}.archived_at IS NULL`;

/**
 * `+c.stage`: the first part is read from case_dates_open_deadlines in date order, never
 * from cases_live_stage (see the same note in case-dates.ts).
 */
export function queueRepository(db: Database) {
  const sql = statementCache(db);
  return {
    /** Cases waiting on the authority, each by its earliest open deadline, after `after`. */
    deadlines(stages: readonly string[], after: QueueKey | null, take: number): DueItem[] {
      const params: Record<string, string | number> = { take };
      stages.forEach((s, i) => (params[`s${i}`] = s));
      if (after) Object.assign(params, { ad: after.date, ac: after.caseId });
      return (
        sql(
          `SELECT ${DUE_COLUMNS} ${FROM}
           WHERE ${openDeadline('d', 'l')} AND c.archived_at IS NULL
             AND +c.stage IN (${stages.map((_, i) => `:s${i}`).join(', ')})
             ${after ? 'AND (d.date, d.case_id) > (:ad, :ac)' : ''}
             AND NOT EXISTS (
               SELECT 1 FROM case_dates e JOIN listings el ON el.id = e.listing_id
               WHERE e.case_id = d.case_id AND ${openDeadline('e', 'el')}
                 AND (e.date, e.listing_id, e.kind) < (d.date, d.listing_id, d.kind))
           ORDER BY d.date, d.case_id LIMIT :take`,
        ).all(params) as DueRow[]
      ).map(toItem);
    },

    /**
     * Live cases in the supplement stage with no open deadline left on a live listing
     * (those are in the first part), each with its first live listing (the case page's
     * order) and its latest request, by the day of that request, after `after`.
     */
    stopped(after: QueueKey | null, take: number): StoppedCase[] {
      return (
        sql(
          `SELECT * FROM (
           SELECT c.id AS caseId, k.name AS clientName, k.id_number AS clientIdNumber, k.kind AS clientKind, c.stage,
             c.assignee, l.id AS listingId, l.regime_id AS regimeId, l.authority,
             l.decision_no AS decisionNo, e.date
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
               WHERE d.case_id = c.id AND ${openDeadline('d', 'dl')}))
         WHERE (date, caseId) > (:ad, :ac)
         ORDER BY date, caseId LIMIT :take`,
        ).all({ ad: after?.date ?? '', ac: after?.caseId ?? 0, take }) as StoppedRow[]
      ).map(({ clientKind, ...r }) => ({
        ...r,
        clientIdNumber: maskIdNumber(clientKind, r.clientIdNumber),
      }));
    },
  };
}
