/** Migration 0006 (find) on a database that already holds clients, cases, events and dates. */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/agenda';
import { sortKey } from '../../core/sort-key';
import { today } from '../../core/today';
import { migrate, MIGRATIONS } from './index';

const find = MIGRATIONS.find((m) => m.name === 'find')!;

function before() {
  const db = new BetterSqlite3(':memory:');
  migrate(db, MIGRATIONS, find.version - 1);
  const soon = addDays(today(), 20);
  db.exec(`
    INSERT INTO clients (id, kind, name, id_number, created_at, updated_at) VALUES
      (1, 'company', '刘建华商行', '91350100M000100Y43', 'x', 'x'),
      (2, 'company', '北京华信科技', '91350100M000200Y4X', 'x', 'x');
    INSERT INTO listings (id, client_id, regime_id, authority, decision_no, decision_date, created_at, updated_at) VALUES
      (1, 1, 'samr-serious-list', '厦门市市场监督管理局', '厦市监〔2025〕9号', '2025-01-01', 'x', 'x'),
      (2, 2, 'samr-serious-list', '北京市朝阳区市场监督管理局', '京朝市监〔2025〕4号', '2025-01-01', 'x', 'x');
    INSERT INTO cases (id, client_id, stage, assignee, notes, created_at, updated_at) VALUES
      (1, 1, 'filed', '李娜', '老客户', 'x', 'x'),
      (2, 2, 'waiting', '', '', 'x', 'x');
    INSERT INTO case_listings VALUES (1, 1), (2, 2);
    INSERT INTO case_events (case_id, type, date, data, created_at, created_by) VALUES
      (1, 'filed', '2026-01-05', '{"channel":"online","reference":"XM-2026-0007"}', 'x', 'me');
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional) VALUES
      (1, 1, 'acceptanceDue', '2026-01-12', 0, 0),
      (2, 2, 'mayApplyFrom', '${soon}', 0, 0),
      (2, 2, 'automaticEnd', '2099-01-01', 0, 0);
    INSERT INTO history (at, actor, entity, entity_id, action) VALUES ('x', 'me', 'case', 1, 'archive');
  `);
  return { db, soon };
}

describe('migration 0006 (find)', () => {
  it('indexes the existing cases for search', () => {
    const { db } = before();
    migrate(db, MIGRATIONS, find.version);
    const match = (q: string) =>
      (
        db.prepare('SELECT rowid AS id FROM case_search WHERE case_search MATCH :q').all({ q }) as {
          id: number;
        }[]
      ).map((r) => r.id);
    expect(match('"XM-2026"')).toEqual([1]);
    expect(match('"厦市监"')).toEqual([1]);
    expect(match('"朝阳区"')).toEqual([2]);
    expect(match('"华信科技"')).toEqual([2]);
    const clients = db.prepare(
      'SELECT rowid AS id FROM client_search WHERE client_search MATCH :q',
    );
    expect(clients.all({ q: '"刘建华"' })).toEqual([{ id: 1 }]);
  });

  it('computes sort keys and next dates for existing rows, keeping the history', () => {
    const { db, soon } = before();
    migrate(db, MIGRATIONS, find.version);
    expect(db.prepare('SELECT id, sort_key FROM clients ORDER BY sort_key').all()).toEqual([
      { id: 2, sort_key: sortKey('北京华信科技') },
      { id: 1, sort_key: sortKey('刘建华商行') },
    ]);
    expect(
      db.prepare('SELECT id, client_sort, next_due, stage_rank, archived FROM cases').all(),
    ).toEqual([
      {
        id: 1,
        client_sort: sortKey('刘建华商行'),
        next_due: '2026-01-12',
        stage_rank: 4,
        archived: 0,
      },
      { id: 2, client_sort: sortKey('北京华信科技'), next_due: soon, stage_rank: 1, archived: 0 },
    ]);
    expect(db.prepare('SELECT action FROM history').all()).toEqual([{ action: 'archive' }]);
    db.exec(
      "INSERT INTO history (at, actor, entity, entity_id, action) VALUES ('y', 'me', 'case', 1, 'restore')",
    );
    expect(() =>
      db.exec(
        "INSERT INTO history (at, actor, entity, entity_id, action) VALUES ('y', 'me', 'case', 1, 'undo')",
      ),
    ).toThrow(/CHECK/);
    expect(
      db
        .prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'history' AND type = 'index'")
        .all(),
    ).toEqual([{ name: 'history_entity' }]);
  });
});
