import type { z } from 'zod';
import type { CaseSort, ClientKind, caseListInput } from '../../core/schemas';
import { maskIdNumber } from '../../core/personal/mask';
import type { Stage } from '../../core/stages';
import type { CaseSummary, Page } from '../../core/types';
import type { RegimeId } from '../../core/regimes';
import type { Database } from '../connection';
import { page } from '../keyset';
import { listQuery, listWhere, type ListShape } from '../list-query';
import { nowIso, statementCache } from '../statements';
import { nextIdSql } from '../id-floor';

type ListQuery = z.output<typeof caseListInput>;

interface Row {
  id: number;
  client_id: number;
  client_name: string;
  client_id_number: string;
  client_kind: ClientKind;
  stage: Stage;
  assignee: string;
  notes: string;
  catalogue_version: string;
  listing_count: number;
  regime_ids: string | null;
  next_due: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface CaseRecord extends CaseSummary {
  notes: string;
  /** The rule catalogue version the case is computed with (pinned at creation). */
  catalogueVersion: string;
}

function toCase(r: Row): CaseRecord {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    clientIdNumber: maskIdNumber(r.client_kind, r.client_id_number),
    stage: r.stage,
    assignee: r.assignee,
    notes: r.notes,
    catalogueVersion: r.catalogue_version,
    listingCount: r.listing_count,
    regimeIds: (r.regime_ids ? r.regime_ids.split(',') : []) as RegimeId[],
    nextDue: r.next_due,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
}

/** `extra`: more columns first, e.g. the sort value a page's cursor is made from. */
const select = (extra = '') => `
  SELECT ${extra}c.id, c.client_id, c.stage, c.assignee, c.notes, c.catalogue_version, c.next_due, c.created_at, c.updated_at, c.archived_at,
    k.name AS client_name, k.id_number AS client_id_number, k.kind AS client_kind,
    (SELECT count(*) FROM case_listings x WHERE x.case_id = c.id) AS listing_count,
    (SELECT group_concat(DISTINCT l.regime_id) FROM case_listings x JOIN listings l ON l.id = x.listing_id
      WHERE x.case_id = c.id) AS regime_ids
  FROM cases c JOIN clients k ON k.id = c.client_id`;
const SELECT = select();

/**
 * The column each sort reads, by direction. Each is on an index led by `archived`
 * (migration 0006), so a page is read in order from the index, whichever view and sort.
 */
const SORT_COLUMNS: Record<CaseSort, { asc: string; desc: string }> = {
  updated: { asc: 'c.updated_at', desc: 'c.updated_at' },
  created: { asc: 'c.created_at', desc: 'c.created_at' },
  client: { asc: 'c.client_sort', desc: 'c.client_sort' },
  stage: { asc: 'c.stage_rank', desc: 'c.stage_rank' },
  // A case without a next date sorts last either way (see the migration).
  nextDue: { asc: 'c.next_due_asc', desc: 'c.next_due_desc' },
};

const SEARCH_INDEX = {
  table: 'case_search',
  columns: ['client', 'code', 'authority', 'decision_no', 'reference', 'assignee', 'notes'],
  id: 'c.id',
} as const;

const listShape = (q: Pick<ListQuery, 'stage' | 'clientId'>, sort: string): ListShape => ({
  sort,
  id: 'c.id',
  archived: 'c.archived',
  index: SEARCH_INDEX,
  filters: { stage: ['c.stage', q.stage], clientId: ['c.client_id', q.clientId] },
});

export function casesRepository(db: Database) {
  const sql = statementCache(db);

  return {
    get(id: number): CaseRecord | null {
      const row = sql(`${SELECT} WHERE c.id = :id`).get({ id }) as Row | undefined;
      return row ? toCase(row) : null;
    },

    insert(c: {
      clientId: number;
      assignee: string;
      notes: string;
      listingIds: number[];
      catalogueVersion: string;
    }): number {
      const now = nowIso();
      const { lastInsertRowid } = sql(
        `INSERT INTO cases (id, client_id, assignee, notes, catalogue_version, created_at, updated_at)
         VALUES (${nextIdSql('cases')}, :clientId, :assignee, :notes, :catalogueVersion, :now, :now)`,
      ).run({
        clientId: c.clientId,
        assignee: c.assignee,
        notes: c.notes,
        catalogueVersion: c.catalogueVersion,
        now,
      });
      const caseId = Number(lastInsertRowid);
      const link = sql(
        'INSERT INTO case_listings (case_id, listing_id) VALUES (:caseId, :listingId)',
      );
      for (const listingId of c.listingIds) link.run({ caseId, listingId });
      return caseId;
    },

    update(id: number, patch: { assignee?: string; notes?: string }): void {
      sql(
        `UPDATE cases SET assignee = coalesce(:assignee, assignee), notes = coalesce(:notes, notes),
           updated_at = :now WHERE id = :id`,
      ).run({ id, assignee: patch.assignee ?? null, notes: patch.notes ?? null, now: nowIso() });
    },

    /** Stores what the rules engine derived: stage, next action, next date, and the day it was computed. */
    setComputed(
      id: number,
      c: { stage: Stage; nextAction: unknown; computedOn: string; nextDue: string | null },
    ): void {
      sql(
        `UPDATE cases SET stage = :stage, next_action = :nextAction, computed_on = :computedOn,
           next_due = :nextDue WHERE id = :id`,
      ).run({
        id,
        stage: c.stage,
        nextAction: JSON.stringify(c.nextAction),
        computedOn: c.computedOn,
        nextDue: c.nextDue,
      });
    },

    /**
     * Cases whose stored stage or next date the passing of time may have changed: never
     * computed; waiting for a "may apply from" date that has now come; ready with a document
     * whose validity has run out (an expired document is not in hand); or whose next date
     * has passed since it was computed (a milestone that fell drops out of it). Everything
     * else moves only with an event, a document or a calendar, and is recomputed then.
     */
    staleIds(today: string): number[] {
      return (
        sql(
          `SELECT id FROM cases c WHERE c.archived_at IS NULL AND c.computed_on < :today
             AND (c.computed_on = '' OR (c.next_due >= c.computed_on AND c.next_due < :today)
               OR (c.stage IN ('intake', 'waiting') AND EXISTS (
               SELECT 1 FROM case_dates d WHERE d.case_id = c.id AND d.kind = 'mayApplyFrom' AND d.date <= :today))
               OR (c.stage = 'ready' AND EXISTS (
               SELECT 1 FROM case_documents cd WHERE cd.case_id = c.id AND cd.valid_until <> ''
                 AND cd.valid_until < :today)))`,
        ).all({ today }) as { id: number }[]
      ).map((r) => r.id);
    },

    archive(id: number): void {
      const now = nowIso();
      sql('UPDATE cases SET archived_at = :now, updated_at = :now WHERE id = :id').run({ id, now });
    },

    restore(id: number): void {
      sql('UPDATE cases SET archived_at = NULL, updated_at = :now WHERE id = :id').run({
        id,
        now: nowIso(),
      });
    },

    /** Puts a listing into a case (the listing itself stays its client's). */
    addListing(caseId: number, listingId: number): void {
      sql('INSERT INTO case_listings (case_id, listing_id) VALUES (:caseId, :listingId)').run({
        caseId,
        listingId,
      });
      this.touch(caseId);
    },

    /** Takes a listing out of a case; the listing stays with its client. */
    removeListing(caseId: number, listingId: number): void {
      sql('DELETE FROM case_listings WHERE case_id = :caseId AND listing_id = :listingId').run({
        caseId,
        listingId,
      });
      this.touch(caseId);
    },

    touch(id: number): void {
      sql('UPDATE cases SET updated_at = :now WHERE id = :id').run({ id, now: nowIso() });
    },

    /** Bumps the case's "last updated" when one of its listings changes. */
    touchForListing(listingId: number): void {
      sql(
        `UPDATE cases SET updated_at = :now
         WHERE id IN (SELECT case_id FROM case_listings WHERE listing_id = :listingId)`,
      ).run({ listingId, now: nowIso() });
    },

    idsForListing(listingId: number): number[] {
      return (
        sql('SELECT case_id FROM case_listings WHERE listing_id = :listingId').all({
          listingId,
        }) as {
          case_id: number;
        }[]
      ).map((r) => r.case_id);
    },

    forClient(clientId: number): CaseRecord[] {
      return (
        sql(`${SELECT} WHERE c.client_id = :clientId ORDER BY c.updated_at DESC, c.id DESC`).all({
          clientId,
        }) as Row[]
      ).map(toCase);
    },

    list(q: ListQuery): Page<CaseSummary> {
      const col = SORT_COLUMNS[q.sort][q.direction];
      const query = listQuery(q, listShape(q, col));
      const rows = sql(`${select(`${col} AS sort_value, `)} ${query.sql}`).all(
        query.params,
      ) as (Row & {
        sort_value: string | number;
      })[];
      const paged = page(rows, q.limit, (r) => r.sort_value);
      return {
        items: paged.items
          .map(toCase)
          .map(({ notes: _n, catalogueVersion: _v, ...summary }) => summary),
        nextCursor: paged.nextCursor,
      };
    },

    /** Cases not archived: even a decided case keeps live dates (automatic end, bars). */
    openIds(): number[] {
      return (
        sql('SELECT id FROM cases WHERE archived_at IS NULL ORDER BY id').all() as { id: number }[]
      ).map((r) => r.id);
    },

    idsInStage(stage: Stage): number[] {
      return (
        sql('SELECT id FROM cases WHERE archived_at IS NULL AND stage = :stage ORDER BY id').all({
          stage,
        }) as {
          id: number;
        }[]
      ).map((r) => r.id);
    },

    /** Live cases by stage, kept by migration 0007's triggers (stages with none are left out). */
    countsByStage(): { stage: Stage; n: number }[] {
      return sql(
        "SELECT substr(what, 7) AS stage, n FROM live_counts WHERE what LIKE 'stage:%' AND n > 0",
      ).all() as { stage: Stage; n: number }[];
    },

    count(): number {
      return (sql('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    },

    /** How many cases the list's filters and search select (an export's total). */
    countMatching(q: Omit<ListQuery, 'limit' | 'cursor'>): number {
      const { where, params } = listWhere(q, listShape(q, 'c.id'));
      return (
        sql(`SELECT count(*) AS n FROM cases c WHERE ${where.join(' AND ')}`).get(params) as {
          n: number;
        }
      ).n;
    },
  };
}

export type CasesRepository = ReturnType<typeof casesRepository>;
