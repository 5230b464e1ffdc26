/**
 * What the rules engine reads about many cases at once, five statements a batch instead
 * of a dozen a case: recomputing every case, or the cases a holiday year can move.
 */
import type { CaseInputs, ComputedCase } from '../../core/recompute';
import type { Database } from '../connection';
import { statementCache } from '../statements';
import { customKey } from './custom-items';
import { caseDatesRepository, dateEntry, type CaseDateRow } from './case-dates';
import { casesRepository } from './cases';
import { toEvent } from './events';
import { toListing } from './listings';

const IDS = 'SELECT value FROM json_each(:ids)';

type ListingRow = Parameters<typeof toListing>[0] & { for_case: number };
type EventRow = Parameters<typeof toEvent>[0];

export type { CaseInputs } from '../../core/recompute';

/**
 * A case's date rows as one string, in key order: the SQL below makes the same string of
 * the stored rows, which it reads in key order along the primary key (were the order ever
 * another, the strings would differ and the rows be rewritten: slower, never wrong). No
 * field holds "," or ";" (kinds and units are names, dates YYYY-MM-DD).
 */
function datesKey(rows: readonly CaseDateRow[]): string {
  return [...rows]
    .sort((a, b) => a.listingId - b.listingId || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    .map(dateEntry)
    .join(';');
}

const STORED = `SELECT c.id, c.stage, c.next_action, c.next_due,
    (SELECT group_concat(d.listing_id || ',' || d.kind || ',' || d.date || ',' || d.done || ','
        || d.provisional || ',' || d.unit, ';')
      FROM case_dates d WHERE d.case_id = c.id) AS dates
  FROM cases c WHERE c.id IN (SELECT value FROM json_each(:ids))`;

export function caseInputsRepository(db: Database) {
  const sql = statementCache(db);
  const cases = casesRepository(db);
  const caseDates = caseDatesRepository(db);

  /**
   * Stores what the engine computed for many cases, writing only what differs from what
   * is stored: a bulk recompute mostly finds every date where it was, and rewriting the
   * rows (with their triggers and five indexes) cost more than computing them. Every
   * case is stamped `computedOn` all the same, in one statement, so none stays stale.
   */
  function storeMany(
    items: readonly { id: number; computed: ComputedCase }[],
    computedOn: string,
  ): void {
    if (items.length === 0) return;
    const p = { ids: JSON.stringify(items.map((i) => i.id)) };
    const stored = new Map(
      (
        sql(STORED).all(p) as {
          id: number;
          stage: string;
          next_action: string;
          next_due: string | null;
          dates: string | null;
        }[]
      ).map((r) => [r.id, r]),
    );
    for (const { id, computed: c } of items) {
      const was = stored.get(id);
      const nextAction = JSON.stringify(c.nextAction);
      if (was?.stage !== c.stage || was.next_action !== nextAction || was.next_due !== c.nextDue)
        cases.setComputed(id, { ...c, computedOn });
      if (!was) caseDates.replace(id, c.dates);
      else if ((was.dates ?? '') !== datesKey(c.dates))
        caseDates.write(id, c.dates, was.dates ?? '');
    }
    sql(`UPDATE cases SET computed_on = :computedOn WHERE id IN (${IDS})`).run({
      ...p,
      computedOn,
    });
  }

  return {
    /** Stores what the engine computed for a case: stage, next action and dates. */
    store(caseId: number, c: ComputedCase, computedOn: string): void {
      storeMany([{ id: caseId, computed: c }], computedOn);
    },

    storeMany,

    /** The inputs of each case of `ids` that exists, in the order of `ids`. */
    forCases(ids: readonly number[]): CaseInputs[] {
      const p = { ids: JSON.stringify(ids) };
      const cases = sql(
        `SELECT c.id, c.catalogue_version, k.name AS client_name,
           (SELECT count(*) FROM case_listings x WHERE x.case_id = c.id) AS listing_count
         FROM cases c JOIN clients k ON k.id = c.client_id WHERE c.id IN (${IDS})`,
      ).all(p) as {
        id: number;
        catalogue_version: string;
        client_name: string;
        listing_count: number;
      }[];
      const byId = new Map<number, CaseInputs>();
      for (const c of cases) {
        byId.set(c.id, {
          id: c.id,
          clientName: c.client_name,
          catalogueVersion: c.catalogue_version,
          listingCount: c.listing_count,
          listings: [],
          events: [],
          documents: [],
          requiredCustom: [],
        });
      }
      const listings = sql(
        `SELECT cl.case_id AS for_case, l.* FROM listings l JOIN case_listings cl ON cl.listing_id = l.id
         WHERE cl.case_id IN (${IDS}) ORDER BY cl.case_id, l.decision_date, l.id`,
      ).all(p) as ListingRow[];
      for (const r of listings) byId.get(r.for_case)?.listings.push(toListing(r));
      const events = sql(
        `SELECT * FROM case_events WHERE case_id IN (${IDS}) ORDER BY case_id, date, id`,
      ).all(p) as EventRow[];
      for (const r of events) byId.get(r.case_id)?.events.push(toEvent(r));
      const documents = sql(
        `SELECT case_id, document_id, status, valid_until FROM case_documents
         WHERE case_id IN (${IDS}) ORDER BY case_id, document_id`,
      ).all(p) as { case_id: number; document_id: string; status: string; valid_until: string }[];
      for (const r of documents) {
        byId.get(r.case_id)?.documents.push({
          documentId: r.document_id,
          status: r.status,
          validUntil: r.valid_until,
        });
      }
      const custom = sql(
        `SELECT case_id, id FROM checklist_custom
         WHERE case_id IN (${IDS}) AND removed_at IS NULL AND required = 1 ORDER BY case_id, id`,
      ).all(p) as { case_id: number; id: number }[];
      for (const r of custom) byId.get(r.case_id)?.requiredCustom.push(customKey(r.id));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /**
     * Cases not archived with a stored date of `kinds` in [from, to]: the only ones a
     * holiday year can move, when `to` reaches past the year by the longest count.
     */
    openIdsWithDateBetween(from: string, to: string, kinds: readonly string[]): number[] {
      return (
        sql(
          `SELECT DISTINCT d.case_id AS id FROM case_dates d JOIN cases c ON c.id = d.case_id
           WHERE d.date BETWEEN :from AND :to AND d.kind IN (SELECT value FROM json_each(:kinds))
             AND c.archived_at IS NULL ORDER BY d.case_id`,
        ).all({ from, to, kinds: JSON.stringify(kinds) }) as { id: number }[]
      ).map((r) => r.id);
    },
  };
}
