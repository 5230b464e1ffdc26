import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../connection';
import { APPEND_SQL, registerChainFunctions } from '../history-chain';
import { currentVersion, DatabaseTooNewError, migrate, MIGRATIONS, type Migration } from './index';
import { REPORT_SQL } from '../repositories/reports';

const freshDir = () => mkdtempSync(join(tmpdir(), 'xiufu-mig-'));
const tables = (db: BetterSqlite3.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migrations', () => {
  it('numbers migrations 1, 2, 3… without gaps', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('takes an empty file to the newest version, step by step, with the pragmas set', () => {
    const dir = freshDir();
    const raw = new BetterSqlite3(join(dir, DB_FILE));
    for (const m of MIGRATIONS) {
      expect(migrate(raw, MIGRATIONS, m.version)).toBe(m.version);
      expect(currentVersion(raw)).toBe(m.version);
    }
    expect(tables(raw)).toEqual([
      'attachments',
      // Migration 0008: the open, awaited deadlines counted per date (the overdue badge).
      'awaited_by_date',
      // Migration 0014 (bundles): which source case became which case here.
      'bundle_imports',
      'calendar_years',
      'case_dates',
      'case_documents',
      'case_events',
      'case_files',
      'case_listings',
      // Migration 0006 (find): the trigram indexes of cases and clients, with FTS5's own tables.
      'case_search',
      'case_search_config',
      'case_search_content',
      'case_search_data',
      'case_search_docsize',
      'case_search_idx',
      'cases',
      'checklist_custom',
      'client_search',
      'client_search_config',
      'client_search_data',
      'client_search_docsize',
      'client_search_idx',
      'clients',
      // Migration 0014: the folder's own id, carried by every bundle it exports.
      'folder_identity',
      'history',
      // Migration 0013: spreadsheet imports, the ids each added, and remembered mappings.
      'import_batch_records',
      'import_batches',
      'import_mappings',
      // Migration 0012: every saved version of a letter, its document beside its PDF.
      'letter_versions',
      'listings',
      // Migration 0007: the dashboard's counts of live cases by stage and of live clients.
      'live_counts',
      'packets',
      'reminders_sent',
      // Migration 0016: set inside a bulk write while the case search index waits for its end.
      'search_deferred',
      'settings',
      // Migration 0007 runs ANALYZE: the planner's statistics (db/optimize.ts keeps them).
      'sqlite_stat1',
      'sqlite_stat4',
    ]);
    raw.close();

    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps the rows of version 1 when it moves to version 2', () => {
    const raw = new BetterSqlite3(':memory:');
    migrate(raw, MIGRATIONS, 1);
    raw.exec(`INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('company', 'A', '91350100M000100Y43', 'x', 'x');
      INSERT INTO cases (client_id, created_at, updated_at) VALUES (1, 'x', 'x');
      INSERT INTO history (at, actor, entity, entity_id, action) VALUES ('x', 'me', 'case', 1, 'create');`);
    migrate(raw, MIGRATIONS, 2);
    expect(raw.prepare('SELECT catalogue_version FROM cases').get()).toEqual({
      catalogue_version: '2026.1',
    });
    expect(raw.prepare('SELECT actor, entity FROM history').all()).toEqual([
      { actor: 'me', entity: 'case' },
    ]);
    raw.exec(
      `INSERT INTO history (at, actor, entity, entity_id, action) VALUES ('x', 'me', 'calendar', 2027, 'create')`,
    );
    raw.close();
  });

  it('version 5 keeps checklist rows and files, allows a paper original, and marks old non-PDF files', () => {
    const raw = new BetterSqlite3(':memory:');
    migrate(raw, MIGRATIONS, 4);
    raw.exec(`INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('company', 'A', '91350100M000100Y43', 'x', 'x');
      INSERT INTO cases (client_id, created_at, updated_at) VALUES (1, 'x', 'x');
      INSERT INTO case_documents (case_id, document_id, status, note, updated_at, updated_by, valid_until)
        VALUES (1, 'business-licence', 'received', 'n', 'x', 'me', '2027-01-31');
      INSERT INTO attachments (sha256, size, created_at) VALUES ('${'a'.repeat(64)}', 3, 'x');
      INSERT INTO case_files (case_id, item_key, sha256, filename, mime, size, added_at, added_by)
        VALUES (1, 'business-licence', '${'a'.repeat(64)}', 'a.pdf', 'application/pdf', 3, 'x', 'me'),
               (1, 'business-licence', '${'a'.repeat(64)}', 'a.docx', 'application/msword', 3, 'x', 'me');
      INSERT INTO packets (case_id, sha256, filename, page_count, lang, created_at, created_by)
        VALUES (1, '${'a'.repeat(64)}', 'p.pdf', 2, 'en', 'x', 'me');`);
    expect(() =>
      raw.exec(
        `INSERT INTO case_documents (case_id, document_id, status, updated_at, updated_by) VALUES (1, 'x', 'paperOriginal', 'x', 'me')`,
      ),
    ).toThrow(/CHECK/);
    migrate(raw, MIGRATIONS, 5);
    expect(
      raw.prepare('SELECT document_id, status, note, valid_until FROM case_documents').all(),
    ).toEqual([
      { document_id: 'business-licence', status: 'received', note: 'n', valid_until: '2027-01-31' },
    ]);
    raw.exec(
      `INSERT INTO case_documents (case_id, document_id, status, updated_at, updated_by) VALUES (1, 'x', 'paperOriginal', 'x', 'me')`,
    );
    expect(
      raw.prepare('SELECT filename, not_embeddable FROM case_files ORDER BY id').all(),
    ).toEqual([
      { filename: 'a.pdf', not_embeddable: null },
      { filename: 'a.docx', not_embeddable: 'type' },
    ]);
    expect(raw.prepare('SELECT not_enclosed, override_reason FROM packets').get()).toEqual({
      not_enclosed: '[]',
      override_reason: '',
    });
    expect(() => raw.exec(`UPDATE case_files SET not_embeddable = 'broken'`)).toThrow(/CHECK/);
    raw.close();
  });

  it('the audit log version indexes the history by person, entity, action and time, keeping its rows', () => {
    const raw = new BetterSqlite3(':memory:');
    const audit = MIGRATIONS.find((m) => m.name === 'audit-log')!;
    migrate(raw, MIGRATIONS, audit.version - 1);
    registerChainFunctions(raw);
    raw.prepare(APPEND_SQL).run({
      at: '2026-01-01T00:00:00.000Z',
      actor: 'Li',
      entity: 'case',
      entityId: 1,
      action: 'create',
      before: null,
      after: null,
    });
    migrate(raw, MIGRATIONS, audit.version);
    const indexes = raw
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history' ORDER BY name",
      )
      .all();
    expect(indexes).toEqual(
      [
        'history_by_action',
        'history_by_actor',
        'history_by_at',
        'history_by_entity',
        'history_by_entity_action',
        'history_entity',
      ].map((name) => ({ name })),
    );
    expect(raw.prepare('SELECT actor, action FROM history').all()).toEqual([
      { actor: 'Li', action: 'create' },
    ]);
    raw.close();
  });

  it('report indexes: live cases by assignee and stage, events by type and date', () => {
    const raw = new BetterSqlite3(':memory:');
    migrate(raw, MIGRATIONS, MIGRATIONS.find((m) => m.name === 'report-indexes')!.version);
    const columns = (index: string) =>
      (raw.pragma(`index_info(${index})`) as { name: string }[]).map((c) => c.name);
    expect(columns('cases_live_assignee_stage')).toEqual(['assignee', 'stage']);
    expect(columns('case_events_by_type')).toEqual(['type', 'date', 'case_id']);
    // The repository's workload statement repeats the partial index's WHERE, so it may use it.
    expect(REPORT_SQL.workload).toContain('c.archived_at IS NULL');
    raw.close();
  });

  it('is a no-op on an up-to-date database', () => {
    const db = openDatabase(freshDir());
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('personal data: keeps every client, unerased, and makes the search indexes delete in place', () => {
    const raw = new BetterSqlite3(':memory:');
    const personal = MIGRATIONS.find((m) => m.name === 'personal-data')!;
    migrate(raw, MIGRATIONS, personal.version - 1);
    raw.exec(`INSERT INTO clients (kind, name, id_number, created_at, updated_at)
      VALUES ('person', '张三', '11010519491231002X', 'x', 'x')`);
    migrate(raw, MIGRATIONS, personal.version);
    expect(raw.prepare('SELECT name, erased_at FROM clients').all()).toEqual([
      { name: '张三', erased_at: null },
    ]);
    for (const index of ['client_search', 'case_search']) {
      expect(raw.prepare(`SELECT v FROM ${index}_config WHERE k = 'secure-delete'`).get()).toEqual({
        v: 1,
      });
    }
    raw.close();
  });

  it('letter versions: one numbered row per save, a number never taken twice per case and kind', () => {
    const raw = new BetterSqlite3(':memory:');
    const letters = MIGRATIONS.find((m) => m.name === 'letter-versions')!;
    migrate(raw, MIGRATIONS, letters.version);
    raw.exec(`INSERT INTO clients (kind, name, id_number, created_at, updated_at)
      VALUES ('company', 'A', '91350100M000100Y43', 'x', 'x')`);
    raw.exec(
      `INSERT INTO cases (client_id, stage, created_at, updated_at) VALUES (1, 'intake', 'x', 'x')`,
    );
    const insert = raw.prepare(`INSERT INTO letter_versions
      (case_id, kind, lang, version, doc, saved_at, saved_by, file_id)
      VALUES (1, :kind, 'zh', :version, '{}', 'x', 'x', 1)`);
    insert.run({ kind: 'commitment', version: 1 });
    insert.run({ kind: 'application', version: 1 });
    expect(() => insert.run({ kind: 'commitment', version: 1 })).toThrow(/UNIQUE/);
    expect(() => insert.run({ kind: 'memo', version: 2 })).toThrow(/CHECK/);
    raw.close();
  });

  it('import batches: each record once per batch, of a known kind', () => {
    const raw = new BetterSqlite3(':memory:');
    const batches = MIGRATIONS.find((m) => m.name === 'import-batches')!;
    migrate(raw, MIGRATIONS, batches.version);
    raw.exec(`INSERT INTO import_batches (files, counts, created_at, created_by, history_mark)
      VALUES ('[]', '{}', 'x', 'x', 0)`);
    const insert = raw.prepare(
      'INSERT INTO import_batch_records (batch_id, entity, entity_id) VALUES (:batch, :entity, 1)',
    );
    insert.run({ batch: 1, entity: 'client' });
    expect(() => insert.run({ batch: 1, entity: 'client' })).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run({ batch: 1, entity: 'memo' })).toThrow(/CHECK/);
    expect(() => insert.run({ batch: 2, entity: 'case' })).toThrow(/FOREIGN KEY/);
    raw.close();
  });

  it('rolls back every pending step when one fails', () => {
    const raw = new BetterSqlite3(':memory:');
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(raw, [...MIGRATIONS, broken])).toThrow('boom');
    expect(currentVersion(raw)).toBe(0);
    expect(tables(raw)).toEqual([]);
    raw.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    const dir = freshDir();
    const file = join(dir, DB_FILE);
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 99');
    raw.close();
    const bytes = readFileSync(file);
    expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(dir)).toThrow(/newer Xiufu \(data version 99/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
