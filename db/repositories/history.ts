import type { HistoryEntry } from '../../core/types';
import type { Database } from '../connection';
import { APPEND_SQL } from '../history-chain';
import { nowIso, statementCache } from '../statements';

export type HistoryInput = Omit<HistoryEntry, 'id' | 'at'>;

export interface HistoryRow {
  id: number;
  at: string;
  actor: string;
  entity: HistoryEntry['entity'];
  entity_id: number;
  action: HistoryEntry['action'];
  before: string | null;
  after: string | null;
  erased_at: string | null;
}

export const toEntry = (r: HistoryRow): HistoryEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  before: r.before === null ? null : (JSON.parse(r.before) as unknown),
  after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  ...(r.erased_at === null ? {} : { erasedAt: r.erased_at }),
});

/** The change log. Callers write to it inside the same transaction as the change itself. */
export function historyRepository(db: Database) {
  const sql = statementCache(db);
  /** The latest 500 entries matching `where` (one named parameter, :id), newest first. */
  const newest = (where: string, id: number) =>
    (
      sql(`SELECT * FROM history WHERE ${where} ORDER BY id DESC LIMIT 500`).all({
        id,
      }) as HistoryRow[]
    ).map(toEntry);
  return {
    /** Appends an entry to the chain (db/history-chain.ts). */
    record(e: HistoryInput): void {
      sql(APPEND_SQL).run({
        at: nowIso(),
        actor: e.actor,
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        before: e.before == null ? null : JSON.stringify(e.before),
        after: e.after == null ? null : JSON.stringify(e.after),
      });
    },

    /**
     * Empties the content of these entries (personal data erased); their hashes, and so the
     * chain, stay as they were. The erasure itself is recorded as an entry by the caller.
     */
    eraseContent(ids: readonly number[], at: string = nowIso()): void {
      const erase = sql(
        'UPDATE history SET before = NULL, after = NULL, erased_at = :at WHERE id = :id AND erased_at IS NULL',
      );
      for (const id of ids) erase.run({ id, at });
    },

    /** A case's own entries and those of its listings and its client, newest first. */
    forCase(caseId: number): HistoryEntry[] {
      return newest(
        `(entity = 'case' AND entity_id = :id)
         OR (entity = 'listing' AND entity_id IN (SELECT listing_id FROM case_listings WHERE case_id = :id))
         OR (entity = 'client' AND entity_id = (SELECT client_id FROM cases WHERE id = :id))`,
        caseId,
      );
    },

    /** A client's own entries and those of its listings, newest first. */
    forClient(clientId: number): HistoryEntry[] {
      return newest(
        `(entity = 'client' AND entity_id = :id)
         OR (entity = 'listing' AND entity_id IN (SELECT id FROM listings WHERE client_id = :id))`,
        clientId,
      );
    },

    forEntity(entity: HistoryEntry['entity'], entityId: number): HistoryEntry[] {
      return (
        sql(
          'SELECT * FROM history WHERE entity = :entity AND entity_id = :entityId ORDER BY id DESC',
        ).all({
          entity,
          entityId,
        }) as HistoryRow[]
      ).map(toEntry);
    },

    count(): number {
      return (sql('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    },
  };
}

export type HistoryRepository = ReturnType<typeof historyRepository>;
