/**
 * Erasing a client's personal data (PIPL): every field that holds it, in one transaction
 * run with `secure_delete` so the freed bytes are zeroed, then the WAL checkpointed and
 * truncated so no earlier copy of a page survives beside the file.
 */
import type { Database } from '../connection';
import {
  ERASED_ITEM_NAME,
  EVENT_TEXT_FIELDS,
  erasedIdNumber,
  type ErasureCounts,
} from '../../core/personal/erase';
import { nowIso, statementCache } from '../statements';
import type { HistoryEntry } from '../../core/types';
import { FINISHED_STAGES, type DueForErasure } from '../../core/personal/retention';
import { toEntry, type HistoryRow } from './history';

/** The history entries that mention a client: its own, its listings' and its cases'. */
const MENTIONS = `
  (entity = 'client' AND entity_id = :id)
  OR (entity = 'listing' AND entity_id IN (SELECT id FROM listings WHERE client_id = :id))
  OR (entity = 'case' AND entity_id IN (SELECT id FROM cases WHERE client_id = :id))`;

const CASES = 'SELECT id FROM cases WHERE client_id = :id';

export type ErasedRows = Omit<ErasureCounts, 'historyEntries' | 'storedFiles'> & {
  /** Stored files no row points at any more: the caller removes them from the store. */
  freed: string[];
};

export function personalRepository(db: Database) {
  const sql = statementCache(db);
  const count = (text: string, id: number) => (sql(text).get({ id }) as { n: number }).n;

  return {
    /** Ids of the entries whose content an erasure empties (content not yet erased). */
    mentions(clientId: number): number[] {
      return (
        sql(`SELECT id FROM history WHERE (${MENTIONS}) AND erased_at IS NULL ORDER BY id`).all({
          id: clientId,
        }) as { id: number }[]
      ).map((r) => r.id);
    },

    /** The entries that mention a client, oldest first, content as stored (an export's). */
    mentionEntries(clientId: number): HistoryEntry[] {
      return (
        sql(`SELECT * FROM history WHERE ${MENTIONS} ORDER BY id`).all({
          id: clientId,
        }) as HistoryRow[]
      ).map(toEntry);
    },

    /**
     * Clients not erased whose every case has ended (archived, or in a final stage: the day
     * of its last logged event) on or before `cutoff`, the longest-ended first.
     */
    dueForErasure(cutoff: string, limit: number): DueForErasure[] {
      const finished = FINISHED_STAGES.map((s) => `'${s}'`).join(', ');
      return sql(
        `SELECT k.id, k.name, k.kind, count(*) AS cases, max(e.ended) AS lastEnded
         FROM clients k JOIN (
           SELECT c.client_id,
             CASE WHEN c.archived_at IS NOT NULL THEN substr(c.archived_at, 1, 10)
                  WHEN c.stage IN (${finished}) THEN coalesce(
                    (SELECT max(date) FROM case_events WHERE case_id = c.id),
                    substr(c.updated_at, 1, 10))
             END AS ended
           FROM cases c) e ON e.client_id = k.id
         WHERE k.erased_at IS NULL
         GROUP BY k.id
         HAVING count(e.ended) = count(*) AND max(e.ended) <= :cutoff
         ORDER BY lastEnded, k.id LIMIT :limit`,
      ).all({ cutoff, limit }) as DueForErasure[];
    },

    /** What an erasure would touch (the dialog's figures). */
    preview(clientId: number): Omit<ErasureCounts, 'storedFiles'> {
      const id = clientId;
      return {
        cases: count(`SELECT count(*) AS n FROM cases WHERE client_id = :id`, id),
        listings: count(`SELECT count(*) AS n FROM listings WHERE client_id = :id`, id),
        events: count(`SELECT count(*) AS n FROM case_events WHERE case_id IN (${CASES})`, id),
        documentNotes: count(
          `SELECT count(*) AS n FROM case_documents WHERE case_id IN (${CASES}) AND note != ''`,
          id,
        ),
        customItems: count(
          `SELECT count(*) AS n FROM checklist_custom WHERE case_id IN (${CASES})`,
          id,
        ),
        files: count(`SELECT count(*) AS n FROM case_files WHERE case_id IN (${CASES})`, id),
        packets: count(`SELECT count(*) AS n FROM packets WHERE case_id IN (${CASES})`, id),
        historyEntries: count(
          `SELECT count(*) AS n FROM history WHERE (${MENTIONS}) AND erased_at IS NULL`,
          id,
        ),
      };
    },

    /**
     * Runs `fn` with secure_delete on (deleted content is overwritten with zeros), then
     * folds the WAL into the file and truncates it. Returns whether the WAL was emptied
     * (a reader still holding an old snapshot keeps it; the next checkpoint clears it).
     */
    securely<T>(fn: () => T): { value: T; walTruncated: boolean } {
      const previous = db.pragma('secure_delete', { simple: true }) as number;
      db.pragma('secure_delete = ON');
      try {
        const value = fn();
        return { value, walTruncated: this.truncateWal() };
      } finally {
        db.pragma(`secure_delete = ${previous}`);
      }
    },

    /** Folds the WAL into the file and empties it; false while a reader holds an old snapshot. */
    truncateWal(): boolean {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return result?.busy === 0;
    },

    /** Empties every personal field of the client and its cases; call inside a transaction. */
    erase(clientId: number, values: string[]): ErasedRows {
      const id = clientId;
      const counts = this.preview(clientId);
      const now = nowIso();
      sql(
        `UPDATE clients SET name = '', id_number = :placeholder, address = '', legal_rep = '',
           contacts = '[]', sort_key = '', erased_at = :now, updated_at = :now WHERE id = :id`,
      ).run({ id, placeholder: erasedIdNumber(id), now });
      sql(`UPDATE listings SET reason = '', updated_at = :now WHERE client_id = :id`).run({
        id,
        now,
      });
      sql(`UPDATE cases SET notes = '', updated_at = :now WHERE client_id = :id`).run({ id, now });
      const events = sql(`SELECT id, data FROM case_events WHERE case_id IN (${CASES})`).all({
        id,
      }) as { id: number; data: string }[];
      const setData = sql('UPDATE case_events SET data = :data WHERE id = :eventId');
      for (const e of events) {
        const data = JSON.parse(e.data) as Record<string, unknown>;
        for (const field of EVENT_TEXT_FIELDS) if (field in data) data[field] = '';
        setData.run({ eventId: e.id, data: JSON.stringify(data) });
      }
      sql(`UPDATE case_documents SET note = '' WHERE case_id IN (${CASES})`).run({ id });
      sql(`UPDATE checklist_custom SET name = :name WHERE case_id IN (${CASES})`).run({
        id,
        name: ERASED_ITEM_NAME,
      });
      const hashes = (
        sql(
          `SELECT sha256 FROM case_files WHERE case_id IN (${CASES})
           UNION SELECT sha256 FROM packets WHERE case_id IN (${CASES})`,
        ).all({ id }) as { sha256: string }[]
      ).map((r) => r.sha256);
      // A letter's saved versions hold the client's name, number and address in their text.
      sql(`DELETE FROM letter_versions WHERE case_id IN (${CASES})`).run({ id });
      sql(`DELETE FROM case_files WHERE case_id IN (${CASES})`).run({ id });
      sql(`DELETE FROM packets WHERE case_id IN (${CASES})`).run({ id });
      const unreferenced = sql(
        `DELETE FROM attachments WHERE sha256 = :sha256
           AND NOT EXISTS (SELECT 1 FROM case_files WHERE sha256 = :sha256)
           AND NOT EXISTS (SELECT 1 FROM packets WHERE sha256 = :sha256)`,
      );
      const freed = hashes.filter((sha256) => unreferenced.run({ sha256 }).changes > 0);
      this.forgetSamples(values);
      return { ...counts, freed };
    },

    /**
     * The planner's statistics keep sampled index keys (sqlite_stat4), names and numbers
     * among them: drop the samples that hold an erased value (the next ANALYZE refills them).
     */
    forgetSamples(values: string[]): void {
      const stat4 = sql(
        "SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat4'",
      ).get() as { n: number };
      if (stat4.n === 0) return;
      const forget = sql('DELETE FROM sqlite_stat4 WHERE instr(sample, CAST(:value AS BLOB)) > 0');
      for (const value of values) if (value !== '') forget.run({ value });
    },
  };
}

export type PersonalRepository = ReturnType<typeof personalRepository>;
