/**
 * The demo data's own ids, and its removal. The ids are a handful of numbers written once
 * when the demo loads and read once when it goes, so they live under one key of the
 * settings table (no schema change); the settings repository leaves that key out of the
 * user's settings.
 */
import type { Database } from '../connection';
import { statementCache } from '../statements';
import { ID_FLOOR_KEY, type FlooredTable } from '../id-floor';
import { NO_DEMO_RECORDS, type DemoFacts, type DemoRecords } from '../../core/demo-removal';

export const DEMO_RECORDS_KEY = 'demoRecords';

/** Rows of the given cases, then of the given clients, in the order the foreign keys need. */
const CASE_TABLES = [
  'case_files',
  'packets',
  'checklist_custom',
  'case_documents',
  'case_dates',
  'case_events',
  'case_listings',
  'reminders_sent',
] as const;

const IDS = 'SELECT value FROM json_each(:ids)';

export function demoRepository(db: Database) {
  const sql = statementCache(db);
  const ids = (list: number[]) => ({ ids: JSON.stringify(list) });

  return {
    /** The demo's ids; null when no demo data is loaded. */
    records(): DemoRecords | null {
      const row = sql('SELECT value FROM settings WHERE key = :key').get({
        key: DEMO_RECORDS_KEY,
      }) as { value: string } | undefined;
      return row ? { ...NO_DEMO_RECORDS, ...(JSON.parse(row.value) as DemoRecords) } : null;
    },

    /** Adds ids the loader just created (inside the transaction that created them). */
    track(added: Partial<DemoRecords>): void {
      const now = this.records() ?? NO_DEMO_RECORDS;
      const next: DemoRecords = {
        clients: [...now.clients, ...(added.clients ?? [])],
        listings: [...now.listings, ...(added.listings ?? [])],
        cases: [...now.cases, ...(added.cases ?? [])],
        events: [...now.events, ...(added.events ?? [])],
        files: [...now.files, ...(added.files ?? [])],
      };
      sql(
        'INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run({ key: DEMO_RECORDS_KEY, value: JSON.stringify(next) });
    },

    forget(): void {
      sql('DELETE FROM settings WHERE key = :key').run({ key: DEMO_RECORDS_KEY });
    },

    /** No removed id is given again (db/id-floor.ts): each table's floor goes past them. */
    raiseFloors(removed: Record<FlooredTable, number[]>): void {
      const row = sql('SELECT value FROM settings WHERE key = :key').get({ key: ID_FLOOR_KEY }) as
        { value: string } | undefined;
      const floors = (row ? JSON.parse(row.value) : {}) as Partial<Record<FlooredTable, number>>;
      for (const table of ['clients', 'cases', 'listings'] as const) {
        floors[table] = Math.max(floors[table] ?? 0, ...removed[table]);
      }
      sql(
        'INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run({ key: ID_FLOOR_KEY, value: JSON.stringify(floors) });
    },

    /** Everything now under these clients and their cases. */
    facts(clientIds: number[]): DemoFacts {
      const p = ids(clientIds);
      const cases = sql(
        `SELECT id, client_id AS clientId FROM cases WHERE client_id IN (${IDS})`,
      ).all(p) as DemoFacts['cases'];
      const c = ids(cases.map((x) => x.id));
      return {
        clients: sql(
          `SELECT id, name, updated_at AS updatedAt FROM clients WHERE id IN (${IDS}) ORDER BY id`,
        ).all(p) as DemoFacts['clients'],
        listings: sql(
          `SELECT id, client_id AS clientId FROM listings WHERE client_id IN (${IDS})`,
        ).all(p) as DemoFacts['listings'],
        cases,
        events: sql(`SELECT id, case_id AS caseId FROM case_events WHERE case_id IN (${IDS})`).all(
          c,
        ) as DemoFacts['events'],
        files: sql(
          `SELECT id, case_id AS caseId FROM case_files WHERE case_id IN (${IDS}) AND removed_at IS NULL`,
        ).all(c) as DemoFacts['files'],
      };
    },

    /**
     * Deletes the cases, listings and clients with every row of theirs; call inside a
     * transaction. Returns the stored files no row names any more (the caller deletes them).
     */
    remove(what: { clients: number[]; cases: number[]; listings: number[] }): string[] {
      const c = ids(what.cases);
      const hashes = (
        sql(
          `SELECT sha256 FROM case_files WHERE case_id IN (${IDS})
           UNION SELECT sha256 FROM packets WHERE case_id IN (${IDS})`,
        ).all(c) as { sha256: string }[]
      ).map((r) => r.sha256);
      for (const table of CASE_TABLES) sql(`DELETE FROM ${table} WHERE case_id IN (${IDS})`).run(c);
      sql(`DELETE FROM cases WHERE id IN (${IDS})`).run(c);
      sql(`DELETE FROM listings WHERE id IN (${IDS})`).run(ids(what.listings));
      sql(`DELETE FROM clients WHERE id IN (${IDS})`).run(ids(what.clients));
      this.raiseFloors(what);
      const unreferenced = sql(
        `DELETE FROM attachments WHERE sha256 = :sha256
           AND NOT EXISTS (SELECT 1 FROM case_files WHERE sha256 = :sha256)
           AND NOT EXISTS (SELECT 1 FROM packets WHERE sha256 = :sha256)`,
      );
      return hashes.filter((sha256) => unreferenced.run({ sha256 }).changes > 0);
    },
  };
}
