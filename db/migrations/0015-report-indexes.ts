import type { Migration } from './index';

/**
 * The Reports screen (issue 13, part 4), measured at 100,000 cases (scripts/bench-reports.ts):
 * - workload per assignee reads open cases by assignee and stage: a partial index of live
 *   cases holding both, so the count never reads the (wide) case rows — 560 ms to 40 ms;
 * - the charts of authority events (stages per month, approvals, decision time) read one
 *   range of events by type and date instead of every event.
 *
 * Reserved number 0015; numbered 13 on its branch so the steps stay without gaps until
 * 0013 and 0014 land beside it (the lead renumbers at merge).
 */
const migration: Migration = {
  version: 15,
  name: 'report-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX cases_live_assignee_stage ON cases (assignee, stage) WHERE archived_at IS NULL;
      CREATE INDEX case_events_by_type ON case_events (type, date, case_id);
      ANALYZE cases;
      ANALYZE case_events;
    `);
  },
};

export default migration;
