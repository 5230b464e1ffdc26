import type { Migration } from './index';

/** Clients, their listings, cases, the history log and settings. */
const migration: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
        name TEXT NOT NULL,
        id_number TEXT NOT NULL UNIQUE,
        address TEXT NOT NULL DEFAULT '',
        legal_rep TEXT NOT NULL DEFAULT '',
        contacts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX clients_name ON clients (name, id);
      CREATE INDEX clients_created ON clients (created_at, id);
      CREATE INDEX clients_updated ON clients (updated_at, id);

      CREATE TABLE listings (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        regime_id TEXT NOT NULL,
        authority TEXT NOT NULL,
        decision_no TEXT NOT NULL,
        decision_date TEXT NOT NULL,
        listing_date TEXT NOT NULL DEFAULT '',
        publication_date TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        penalty_fen INTEGER CHECK (penalty_fen IS NULL OR penalty_fen >= 0),
        penalty_paid INTEGER NOT NULL DEFAULT 0 CHECK (penalty_paid IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX listings_client ON listings (client_id, decision_date, id);
      CREATE INDEX listings_decision ON listings (decision_date, id);

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        stage TEXT NOT NULL DEFAULT 'intake',
        assignee TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX cases_updated ON cases (updated_at, id);
      CREATE INDEX cases_created ON cases (created_at, id);
      CREATE INDEX cases_stage ON cases (stage, updated_at, id);
      CREATE INDEX cases_client ON cases (client_id);

      CREATE TABLE case_listings (
        case_id INTEGER NOT NULL REFERENCES cases (id),
        listing_id INTEGER NOT NULL REFERENCES listings (id),
        PRIMARY KEY (case_id, listing_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_listings_listing ON case_listings (listing_id);

      CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'listing', 'case', 'settings')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX history_entity ON history (entity, entity_id, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
