import type { Migration } from './index';
import { DEADLINE_KINDS_SQL } from '../open-dates';

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
 * - ANALYZE once, so the planner has statistics from the start; db/optimize.ts keeps them.
 */
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
      CREATE INDEX listings_live_authority ON listings (authority) WHERE archived_at IS NULL;
      CREATE INDEX cases_live_assignee ON cases (assignee) WHERE archived_at IS NULL;
      PRAGMA analysis_limit = 1000;
      ANALYZE;
    `);
  },
};

export default migration;
