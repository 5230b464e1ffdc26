import type { Migration } from './index';

/**
 * Holiday years typed in by the user; each case pins the rule catalogue version it is
 * computed with; the history log may also name calendar years.
 */
const migration: Migration = {
  version: 2,
  name: 'calendars',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE cases ADD COLUMN catalogue_version TEXT NOT NULL DEFAULT '2026.1';

      -- SQLite cannot change a CHECK constraint in place: rebuild the history table.
      CREATE TABLE history_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'listing', 'case', 'settings', 'calendar')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      INSERT INTO history_new SELECT * FROM history;
      DROP TABLE history;
      ALTER TABLE history_new RENAME TO history;
      CREATE INDEX history_entity ON history (entity, entity_id, id);
    `);
  },
};

export default migration;
