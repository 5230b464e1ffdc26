import type { Migration } from './index';
import { AUTHORITY_STAGES_SQL, DEADLINE_KINDS_SQL } from '../open-dates';

/**
 * Issue 10: what runs on every screen reads only small index ranges.
 * - Open authority deadlines in date order (the overdue badge and lists, the queue): a
 *   partial index holding only rows with done = 0 of the deadline kinds, so counting the
 *   overdue ones reads the part of it before today and nothing else.
 * - The other open dates (milestones) by kind and date: the dashboard's eligibility windows.
 *   The two WHEREs exclude each other, so a sampled ANALYZE cannot lead the planner to read
 *   the deadlines through the milestones' index and sort them (it did at 100k cases).
 * - The calendar's filter lists (distinct live authorities and assignees) read by skipping
 *   through an index, one probe per distinct value (db/repositories/case-dates.ts).
 * - The dashboard's counts of live cases by stage and of live clients, kept by triggers.
 * - ANALYZE once, so the planner has statistics from the start; db/optimize.ts keeps them.
 */
/** 1 when the date row `d` (a table name or NEW) waits on the authority for a live case. */
const awaitedOf = (d: string) => `(
  EXISTS (SELECT 1 FROM cases c WHERE c.id = ${d}.case_id AND c.archived_at IS NULL
    AND c.stage IN (${AUTHORITY_STAGES_SQL}))
  AND EXISTS (SELECT 1 FROM listings l WHERE l.id = ${d}.listing_id AND l.archived_at IS NULL))`;

/** Adds `by` to the count named by `what` when `when` holds (a trigger statement). */
const bump = (what: string, by: number, when = '1') =>
  `INSERT INTO live_counts (what, n) SELECT ${what}, ${by} WHERE ${when}
     ON CONFLICT (what) DO UPDATE SET n = n + ${by};`;

const migration: Migration = {
  version: 7,
  name: 'open-dates',
  up(db) {
    db.exec(`
      CREATE INDEX case_dates_open_deadlines ON case_dates (date, case_id, listing_id)
        WHERE done = 0 AND kind IN (${DEADLINE_KINDS_SQL});
      DROP INDEX case_dates_due;
      CREATE INDEX case_dates_open_milestones ON case_dates (kind, date)
        WHERE done = 0 AND kind NOT IN (${DEADLINE_KINDS_SQL});
      -- The overdue badge: awaited = 1 when the date's case is live and in an authority stage
      -- and its listing is live (core AUTHORITY_STAGES; open-dates.test.ts keeps them
      -- equal), kept by triggers, so the count reads one range of one small index (the
      -- WHERE's columns are in it too, so the count never reads the table).
      ALTER TABLE case_dates ADD COLUMN awaited INTEGER NOT NULL DEFAULT 0;
      UPDATE case_dates SET awaited = ${awaitedOf('case_dates')};
      CREATE INDEX case_dates_awaited_deadlines ON case_dates (date, kind, done, awaited)
        WHERE done = 0 AND kind IN (${DEADLINE_KINDS_SQL}) AND awaited = 1;
      CREATE TRIGGER case_dates_awaited_insert AFTER INSERT ON case_dates BEGIN
        UPDATE case_dates SET awaited = ${awaitedOf('NEW')}
        WHERE case_id = NEW.case_id AND listing_id = NEW.listing_id AND kind = NEW.kind;
      END;
      CREATE TRIGGER case_dates_awaited_case AFTER UPDATE OF stage, archived_at ON cases
        WHEN OLD.stage IS NOT NEW.stage OR OLD.archived_at IS NOT NEW.archived_at BEGIN
        UPDATE case_dates SET awaited = ${awaitedOf('case_dates')} WHERE case_id = NEW.id;
      END;
      CREATE TRIGGER case_dates_awaited_listing AFTER UPDATE OF archived_at ON listings
        WHEN OLD.archived_at IS NOT NEW.archived_at BEGIN
        UPDATE case_dates SET awaited = ${awaitedOf('case_dates')}
        WHERE listing_id = NEW.id
          AND case_id IN (SELECT case_id FROM case_listings WHERE listing_id = NEW.id);
      END;

      -- The dashboard's tiles: live cases by stage and live clients, counted as rows change
      -- (a GROUP BY read every live case on every screen).
      CREATE TABLE live_counts (what TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      INSERT INTO live_counts (what, n)
        SELECT 'stage:' || stage, count(*) FROM cases WHERE archived_at IS NULL GROUP BY stage;
      INSERT INTO live_counts (what, n)
        SELECT 'clients', count(*) FROM clients WHERE archived_at IS NULL;
      CREATE TRIGGER live_counts_case_insert AFTER INSERT ON cases WHEN NEW.archived_at IS NULL BEGIN
        ${bump("'stage:' || NEW.stage", 1)}
      END;
      CREATE TRIGGER live_counts_case_update AFTER UPDATE OF stage, archived_at ON cases
        WHEN OLD.stage IS NOT NEW.stage OR OLD.archived_at IS NOT NEW.archived_at BEGIN
        ${bump("'stage:' || OLD.stage", -1, 'OLD.archived_at IS NULL')}
        ${bump("'stage:' || NEW.stage", 1, 'NEW.archived_at IS NULL')}
      END;
      CREATE TRIGGER live_counts_case_delete AFTER DELETE ON cases WHEN OLD.archived_at IS NULL BEGIN
        ${bump("'stage:' || OLD.stage", -1)}
      END;
      CREATE TRIGGER live_counts_client_insert AFTER INSERT ON clients WHEN NEW.archived_at IS NULL BEGIN
        ${bump("'clients'", 1)}
      END;
      CREATE TRIGGER live_counts_client_update AFTER UPDATE OF archived_at ON clients
        WHEN (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL) BEGIN
        ${bump("'clients'", -1, 'OLD.archived_at IS NULL')}
        ${bump("'clients'", 1, 'NEW.archived_at IS NULL')}
      END;
      CREATE TRIGGER live_counts_client_delete AFTER DELETE ON clients WHEN OLD.archived_at IS NULL BEGIN
        ${bump("'clients'", -1)}
      END;

      CREATE INDEX listings_live_authority ON listings (authority) WHERE archived_at IS NULL;
      CREATE INDEX cases_live_assignee ON cases (assignee) WHERE archived_at IS NULL;
      PRAGMA analysis_limit = 1000;
      ANALYZE;
    `);
  },
};

export default migration;
