import type { Migration } from './index';

/**
 * The case lifecycle: dated authority events, the document checklist, the computed
 * dates of every case (so the dashboard, queue and agenda are indexed queries rather than
 * an evaluation of every case), and the reminders already shown.
 */
const migration: Migration = {
  version: 3,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        type TEXT NOT NULL,
        date TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_events_case ON case_events (case_id, date, id);

      CREATE TABLE case_documents (
        case_id INTEGER NOT NULL REFERENCES cases (id),
        document_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('missing', 'requested', 'received', 'verified', 'notNeeded')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (case_id, document_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE case_dates (
        case_id INTEGER NOT NULL REFERENCES cases (id),
        listing_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        -- 1 when the event it waits for has happened (a deadline met)
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        provisional INTEGER NOT NULL CHECK (provisional IN (0, 1)),
        -- how the authority counts it: 'working', 'calendar' or '' for milestones
        unit TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, listing_id, kind)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_dates_due ON case_dates (kind, done, date);
      CREATE INDEX case_dates_date ON case_dates (date);

      -- Partial indexes: counting live rows (dashboard, stage counts) reads only the index.
      CREATE INDEX cases_live_stage ON cases (stage) WHERE archived_at IS NULL;
      CREATE INDEX clients_live ON clients (id) WHERE archived_at IS NULL;

      ALTER TABLE cases ADD COLUMN next_action TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(next_action));
      ALTER TABLE cases ADD COLUMN computed_on TEXT NOT NULL DEFAULT '';

      CREATE TABLE reminders_sent (
        case_id INTEGER NOT NULL,
        listing_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('dueToday', 'overdue')),
        sent_at TEXT NOT NULL,
        PRIMARY KEY (case_id, listing_id, kind, date, status)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

export default migration;
