/**
 * Spreadsheet import batches (migration 0013): the files, the ids each batch added, what
 * stands in the way of undoing it, and the column mappings a firm made, by header set.
 */
import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';
import type { ImportBatch } from '../../core/import/results';

export type BatchEntity = 'client' | 'listing' | 'case' | 'event';

export interface BatchRecords {
  clients: number[];
  listings: number[];
  cases: number[];
  events: number[];
}

/** A record that blocks an undo: what it is, and the name it is known by. */
export interface UndoBlocker {
  entity: 'client' | 'listing' | 'case';
  id: number;
  label: string;
}

interface BatchRow {
  id: number;
  files: string;
  counts: string;
  created_at: string;
  created_by: string;
  undone_at: string | null;
  history_mark: number;
}

const toBatch = (r: BatchRow): ImportBatch => ({
  id: r.id,
  files: JSON.parse(r.files) as ImportBatch['files'],
  counts: JSON.parse(r.counts) as ImportBatch['counts'],
  createdAt: r.created_at,
  createdBy: r.created_by,
  undoneAt: r.undone_at,
});

const OF = (entity: BatchEntity) =>
  `SELECT entity_id FROM import_batch_records WHERE batch_id = :batch AND entity = '${entity}'`;
const CASE_LABEL = `(SELECT name FROM clients WHERE clients.id = cases.client_id)`;

export function importsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    mapping(headerKey: string): Record<string, string> | null {
      const row = sql('SELECT mapping FROM import_mappings WHERE header_key = :headerKey').get({
        headerKey,
      }) as { mapping: string } | undefined;
      return row ? (JSON.parse(row.mapping) as Record<string, string>) : null;
    },

    saveMapping(headerKey: string, mapping: Record<string, string>): void {
      sql(
        `INSERT INTO import_mappings (header_key, mapping, saved_at) VALUES (:headerKey, :mapping, :now)
         ON CONFLICT (header_key) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at`,
      ).run({ headerKey, mapping: JSON.stringify(mapping), now: nowIso() });
    },

    hasListing(clientId: number, regimeId: string, decisionNo: string): boolean {
      return (
        sql(
          `SELECT 1 FROM listings WHERE client_id = :clientId AND regime_id = :regimeId
             AND decision_no = :decisionNo LIMIT 1`,
        ).get({ clientId, regimeId, decisionNo }) !== undefined
      );
    },

    /** Starts a batch; its records and history mark are added as it is written. */
    begin(b: { files: ImportBatch['files']; createdBy: string }): number {
      return Number(
        sql(
          `INSERT INTO import_batches (files, counts, created_at, created_by, history_mark)
           VALUES (:files, '{}', :now, :createdBy, 0)`,
        ).run({ files: JSON.stringify(b.files), createdBy: b.createdBy, now: nowIso() })
          .lastInsertRowid,
      );
    },

    addRecords(batch: number, entity: BatchEntity, ids: readonly number[]): void {
      const add = sql(
        'INSERT INTO import_batch_records (batch_id, entity, entity_id) VALUES (:batch, :entity, :id)',
      );
      for (const id of ids) add.run({ batch, entity, id });
    },

    /** Ends the batch: its counts, and the last history entry it wrote. */
    finish(batch: number, counts: ImportBatch['counts']): void {
      sql(
        `UPDATE import_batches SET counts = :counts,
           history_mark = coalesce((SELECT max(id) FROM history), 0) WHERE id = :batch`,
      ).run({ batch, counts: JSON.stringify(counts) });
    },

    list(): ImportBatch[] {
      return (
        sql('SELECT * FROM import_batches ORDER BY id DESC LIMIT 100').all() as BatchRow[]
      ).map(toBatch);
    },

    get(id: number): ImportBatch | null {
      const row = sql('SELECT * FROM import_batches WHERE id = :id').get({ id }) as
        BatchRow | undefined;
      return row ? toBatch(row) : null;
    },

    records(batch: number): BatchRecords {
      const of = (entity: BatchEntity) =>
        (sql(OF(entity)).all({ batch }) as { entity_id: number }[]).map((r) => r.entity_id);
      return {
        clients: of('client'),
        listings: of('listing'),
        cases: of('case'),
        events: of('event'),
      };
    },

    /**
     * What changed since the batch was written, among its records or hanging on them: a
     * history entry about one of them (an edit, an event, a document, a file), or a listing
     * or case of the user's own on one of its clients.
     */
    blockers(batch: number): UndoBlocker[] {
      const p = { batch };
      return sql(
        `WITH mark AS (SELECT history_mark AS id FROM import_batches WHERE id = :batch)
         SELECT DISTINCT 'client' AS entity, c.id, c.name AS label FROM clients c
           WHERE c.id IN (${OF('client')}) AND (
             EXISTS (SELECT 1 FROM history h WHERE h.entity = 'client' AND h.entity_id = c.id
                       AND h.id > (SELECT id FROM mark))
             OR EXISTS (SELECT 1 FROM listings l WHERE l.client_id = c.id AND l.id NOT IN (${OF('listing')}))
             OR EXISTS (SELECT 1 FROM cases k WHERE k.client_id = c.id AND k.id NOT IN (${OF('case')})))
         UNION ALL
         SELECT DISTINCT 'listing', l.id, l.decision_no FROM listings l
           WHERE l.id IN (${OF('listing')}) AND EXISTS (SELECT 1 FROM history h
             WHERE h.entity = 'listing' AND h.entity_id = l.id AND h.id > (SELECT id FROM mark))
         UNION ALL
         SELECT DISTINCT 'case', cases.id, ${CASE_LABEL} FROM cases
           WHERE cases.id IN (${OF('case')}) AND EXISTS (SELECT 1 FROM history h
             WHERE h.entity = 'case' AND h.entity_id = cases.id AND h.id > (SELECT id FROM mark))`,
      ).all(p) as UndoBlocker[];
    },

    markUndone(batch: number): void {
      sql('UPDATE import_batches SET undone_at = :now WHERE id = :batch').run({
        batch,
        now: nowIso(),
      });
    },
  };
}
