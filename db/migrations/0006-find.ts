import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { nextDue, type DatedItem } from '../../core/agenda';
import { sortKey } from '../../core/sort-key';
import type { Stage } from '../../core/stages';
import { today } from '../../core/today';
import type { Migration } from './index';
import { caseSearchRow, widenCheck } from './find-sql';

/**
 * Finding cases (issue 8): one full-text index over what a user remembers of a case,
 * kept in step by triggers; the columns the Cases and Clients lists sort by, each on an
 * index that also separates archived rows, so every sort pages by keyset in both views;
 * and "restore" in the history log.
 *
 * Version 5 on this branch; the lead renumbers it to 6 when checks' 0005 is merged.
 */
const migration: Migration = {
  version: 6,
  name: 'find',
  up(db) {
    widenCheck(db, 'history', 'action', 'restore');

    db.exec(`
      -- Sort keys: the client's name by pinyin (core/sort-key.ts), copied onto its cases.
      ALTER TABLE clients ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN archived INTEGER GENERATED ALWAYS AS (archived_at IS NOT NULL) VIRTUAL;
      DROP INDEX clients_name;
      DROP INDEX clients_created;
      DROP INDEX clients_updated;
      CREATE INDEX clients_by_name ON clients (archived, sort_key, id);
      CREATE INDEX clients_by_created ON clients (archived, created_at, id);
      CREATE INDEX clients_by_updated ON clients (archived, updated_at, id);

      -- next_due: core/agenda/next-due.ts, stored by refreshCase; NULL when there is none.
      -- A case without one sorts last both ways: next_due_asc / next_due_desc put NULL at
      -- the far end of each direction, so both directions read an index in order.
      ALTER TABLE cases ADD COLUMN next_due TEXT;
      ALTER TABLE cases ADD COLUMN client_sort TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN archived INTEGER GENERATED ALWAYS AS (archived_at IS NOT NULL) VIRTUAL;
      ALTER TABLE cases ADD COLUMN next_due_asc TEXT GENERATED ALWAYS AS (coalesce(next_due, '~')) VIRTUAL;
      ALTER TABLE cases ADD COLUMN next_due_desc TEXT GENERATED ALWAYS AS (coalesce(next_due, '')) VIRTUAL;
      -- The lifecycle order of core/stages.ts (a test keeps the two in step).
      ALTER TABLE cases ADD COLUMN stage_rank INTEGER GENERATED ALWAYS AS (CASE stage
        WHEN 'intake' THEN 0 WHEN 'waiting' THEN 1 WHEN 'preparing' THEN 2 WHEN 'ready' THEN 3
        WHEN 'filed' THEN 4 WHEN 'accepted' THEN 5 WHEN 'supplement' THEN 6 WHEN 'repaired' THEN 7
        WHEN 'refused' THEN 8 WHEN 'closed' THEN 9 WHEN 'withdrawn' THEN 10 ELSE 99 END) VIRTUAL;
      DROP INDEX cases_updated;
      DROP INDEX cases_created;
      -- A stage filter on the default sort (the dashboard's stage tiles link there).
      DROP INDEX cases_stage;
      CREATE INDEX cases_by_stage_updated ON cases (archived, stage, updated_at, id);
      CREATE INDEX cases_by_updated ON cases (archived, updated_at, id);
      CREATE INDEX cases_by_created ON cases (archived, created_at, id);
      CREATE INDEX cases_by_client ON cases (archived, client_sort, id);
      CREATE INDEX cases_by_stage ON cases (archived, stage_rank, id);
      CREATE INDEX cases_by_due_asc ON cases (archived, next_due_asc, id);
      CREATE INDEX cases_by_due_desc ON cases (archived, next_due_desc, id);

      CREATE TRIGGER cases_client_sort_insert AFTER INSERT ON cases BEGIN
        UPDATE cases SET client_sort = coalesce((SELECT sort_key FROM clients WHERE id = NEW.client_id), '')
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER cases_client_sort_move AFTER UPDATE OF client_id ON cases BEGIN
        UPDATE cases SET client_sort = coalesce((SELECT sort_key FROM clients WHERE id = NEW.client_id), '')
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER clients_sort_to_cases AFTER UPDATE OF sort_key ON clients BEGIN
        UPDATE cases SET client_sort = NEW.sort_key WHERE client_id = NEW.id;
      END;

      -- The clients list searches name and code through its own trigram index, which reads
      -- the text from the clients table itself (external content).
      CREATE VIRTUAL TABLE client_search USING fts5(
        name, id_number, content = 'clients', content_rowid = 'id', tokenize = 'trigram');
      CREATE TRIGGER client_search_insert AFTER INSERT ON clients BEGIN
        INSERT INTO client_search (rowid, name, id_number) VALUES (NEW.id, NEW.name, NEW.id_number);
      END;
      CREATE TRIGGER client_search_update AFTER UPDATE OF name, id_number ON clients BEGIN
        INSERT INTO client_search (client_search, rowid, name, id_number)
          VALUES ('delete', OLD.id, OLD.name, OLD.id_number);
        INSERT INTO client_search (rowid, name, id_number) VALUES (NEW.id, NEW.name, NEW.id_number);
      END;
      CREATE TRIGGER client_search_delete AFTER DELETE ON clients BEGIN
        INSERT INTO client_search (client_search, rowid, name, id_number)
          VALUES ('delete', OLD.id, OLD.name, OLD.id_number);
      END;
      INSERT INTO client_search (client_search) VALUES ('rebuild');

      -- One row per case (rowid = case id), archived cases included so the Archived view
      -- searches too. Listings removed from the case (archived) are left out.
      CREATE VIRTUAL TABLE case_search USING fts5(
        client, code, authority, decision_no, reference, assignee, notes, tokenize = 'trigram');

      CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases BEGIN
        ${caseSearchRow('c.id = NEW.id')}
      END;
      CREATE TRIGGER case_search_case_update AFTER UPDATE OF client_id, assignee, notes ON cases BEGIN
        ${caseSearchRow('c.id IN (OLD.id, NEW.id)')}
      END;
      CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases BEGIN
        DELETE FROM case_search WHERE rowid = OLD.id;
      END;
      CREATE TRIGGER case_search_client_update AFTER UPDATE OF name, id_number ON clients BEGIN
        ${caseSearchRow('c.client_id = NEW.id')}
      END;
      CREATE TRIGGER case_search_listing_update AFTER UPDATE OF authority, decision_no, archived_at ON listings BEGIN
        ${caseSearchRow('c.id IN (SELECT case_id FROM case_listings WHERE listing_id = NEW.id)')}
      END;
      CREATE TRIGGER case_search_link_insert AFTER INSERT ON case_listings BEGIN
        ${caseSearchRow('c.id = NEW.case_id')}
      END;
      CREATE TRIGGER case_search_link_delete AFTER DELETE ON case_listings BEGIN
        ${caseSearchRow('c.id = OLD.case_id')}
      END;
      CREATE TRIGGER case_search_event_insert AFTER INSERT ON case_events
        WHEN NEW.type IN ('filed', 'decided') BEGIN
        ${caseSearchRow('c.id = NEW.case_id')}
      END;
      CREATE TRIGGER case_search_event_update AFTER UPDATE ON case_events
        WHEN NEW.type IN ('filed', 'decided') OR OLD.type IN ('filed', 'decided') BEGIN
        ${caseSearchRow('c.id IN (OLD.case_id, NEW.case_id)')}
      END;
      CREATE TRIGGER case_search_event_delete AFTER DELETE ON case_events
        WHEN OLD.type IN ('filed', 'decided') BEGIN
        ${caseSearchRow('c.id = OLD.case_id')}
      END;
    `);
    db.exec(caseSearchRow('1'));
    backfill(db);
  },
};

/** Sort keys and next dates of existing rows, computed by the same code as new ones. */
function backfill(db: BetterSqlite3.Database): void {
  const setKey = db.prepare('UPDATE clients SET sort_key = :key WHERE id = :id');
  const clients = db.prepare('SELECT id, name FROM clients').all() as {
    id: number;
    name: string;
  }[];
  // The clients_sort_to_cases trigger copies each key onto the client's cases.
  for (const c of clients) setKey.run({ id: c.id, key: sortKey(c.name) });

  const now = today();
  const datesOf = db.prepare('SELECT kind, date, done FROM case_dates WHERE case_id = :caseId');
  const setDue = db.prepare('UPDATE cases SET next_due = :due WHERE id = :id');
  const cases = db.prepare('SELECT id, stage FROM cases').all() as { id: number; stage: Stage }[];
  for (const c of cases) {
    const rows = datesOf.all({ caseId: c.id }) as (Omit<DatedItem, 'done'> & { done: number })[];
    const dates = rows.map((d) => ({ ...d, done: d.done === 1 }));
    setDue.run({ id: c.id, due: nextDue(dates, c.stage, now) });
  }
}

export default migration;
