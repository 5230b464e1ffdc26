/**
 * Migration 0007 (open dates): the dashboard's and agenda's queries read the partial
 * indexes, in order, on a file large enough for the planner to choose, after a sampled
 * ANALYZE like the one db/optimize.ts runs.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { addDays, AUTHORITY_STAGES, DEADLINE_KINDS } from '../../core/agenda';
import { today } from '../../core/today';
import { caseDatesRepository, dueStatement, type DueQuery } from '../repositories/case-dates';
import { DEADLINE_KINDS_SQL } from '../open-dates';
import { optimize } from '../optimize';
import { migrate } from './index';

/**
 * 3,000 cases: every third filed with open deadlines, all of them overdue. Built once
 * (the search triggers make it slow); the one test that changes rows undoes it.
 */
let built: BetterSqlite3.Database | undefined;
const filled = () => (built ??= build());

function build() {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
    INSERT INTO clients (id, kind, name, id_number, created_at, updated_at)
      SELECT i, 'company', '客户' || i, 'ID' || i, 'x', 'x' FROM n;
    INSERT INTO listings (id, client_id, regime_id, authority, decision_no, decision_date, created_at, updated_at, archived_at)
      SELECT id, id, 'samr-serious-list', '机关' || (id % 7), 'D' || id, '2025-01-01', 'x', 'x',
        CASE WHEN id = 5 THEN 'x' END FROM clients;
    INSERT INTO cases (id, client_id, stage, assignee, created_at, updated_at)
      SELECT id, id, CASE id % 3 WHEN 0 THEN 'filed' ELSE 'waiting' END, '律师' || (id % 4), 'x', 'x' FROM clients;
    INSERT INTO case_listings SELECT id, id FROM cases;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, id, 'decisionDue', date('2020-01-01', (id % 900) || ' days'), 0, 0, 'working' FROM cases WHERE id % 3 = 0;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, id, 'mayApplyFrom', date('2020-01-01', (id % 3000) || ' days'), 0, 0, '' FROM cases WHERE id % 3 <> 0;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, id, 'automaticEnd', date('2030-01-01', (id % 300) || ' days'), 0, 0, '' FROM cases;
    -- A listing of its client's that is in no case: its authority has no dates to filter by.
    INSERT INTO listings (id, client_id, regime_id, authority, decision_no, decision_date, created_at, updated_at)
      VALUES (9999, 1, 'samr-serious-list', '没有案件的机关', 'D9999', '2025-01-01', 'x', 'x');
  `);
  optimize(db, 'open');
  return db;
}

/** The dashboard's overdue and eligibility windows (api/handlers/dashboard.ts). */
const overdue: DueQuery = {
  kinds: DEADLINE_KINDS,
  openOnly: true,
  stages: AUTHORITY_STAGES,
  to: addDays(today(), -1),
};
const eligible30: DueQuery = {
  kinds: ['mayApplyFrom'],
  openOnly: true,
  stages: ['intake', 'waiting', 'preparing', 'ready'],
  from: today(),
  to: addDays(today(), 30),
};

const plan = (db: BetterSqlite3.Database, s: { sql: string; params: object }) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(s.params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('migration 0007 (open dates)', () => {
  it('reads overdue deadlines from their partial index in date order, without sorting', () => {
    const db = filled();
    const p = plan(db, dueStatement({ ...overdue, limit: 100 }));
    expect(p).toContain('case_dates_open_deadlines');
    expect(p).not.toContain('TEMP B-TREE');
  });

  it('reads the eligibility windows from the milestones index', () => {
    const db = filled();
    expect(plan(db, dueStatement({ ...eligible30, limit: 100 }))).toContain(
      'case_dates_open_milestones',
    );
  });

  it('counts and lists the same overdue deadlines as before', () => {
    const db = filled();
    const repo = caseDatesRepository(db);
    const w = overdue;
    const all = repo.due({ ...w, limit: 5000 });
    expect(all.length).toBe(1000);
    expect(repo.countDue(w)).toBe(1000);
    expect(all.map((d) => d.date)).toEqual(all.map((d) => d.date).sort());
  });

  it('counts the overdue badge from the awaited index, kept in step with stages and archiving', () => {
    const db = filled();
    const repo = caseDatesRepository(db);
    const to = overdue.to!;
    const same = () => expect(repo.countAwaited(to)).toBe(repo.countDue(overdue));
    expect(
      plan(db, {
        sql: `SELECT count(*) FROM case_dates WHERE done = 0 AND kind IN (${DEADLINE_KINDS_SQL}) AND awaited = 1 AND date <= :to`,
        params: { to },
      }),
    ).toContain('COVERING INDEX case_dates_awaited_deadlines');
    db.exec('SAVEPOINT awaited');
    same();
    expect(repo.countAwaited(to)).toBe(1000);
    db.exec("UPDATE cases SET stage = 'withdrawn' WHERE id IN (3, 6)");
    db.exec("UPDATE cases SET archived_at = 'x' WHERE id = 9");
    db.exec("UPDATE listings SET archived_at = 'x' WHERE id = 12");
    same();
    expect(repo.countAwaited(to)).toBe(996);
    db.exec("UPDATE cases SET stage = 'filed' WHERE id = 3");
    db.exec('UPDATE listings SET archived_at = NULL WHERE id = 12');
    repo.replace(15, [
      {
        listingId: 15,
        kind: 'acceptanceDue',
        date: '2021-01-01',
        done: false,
        provisional: false,
        unit: 'working',
      },
      {
        listingId: 15,
        kind: 'decisionDue',
        date: '2021-02-01',
        done: false,
        provisional: false,
        unit: 'working',
      },
    ]);
    same();
    expect(repo.countAwaited(to)).toBe(999);
    db.exec('ROLLBACK TO awaited; RELEASE awaited');
  });

  it('keeps the live counts by stage and of clients equal to counting the rows', () => {
    const db = filled();
    const counted = () => ({
      stages: db
        .prepare(
          'SELECT stage, count(*) AS n FROM cases WHERE archived_at IS NULL GROUP BY stage ORDER BY stage',
        )
        .all(),
      clients: db.prepare('SELECT count(*) AS n FROM clients WHERE archived_at IS NULL').get(),
    });
    const kept = () => ({
      stages: db
        .prepare(
          "SELECT substr(what, 7) AS stage, n FROM live_counts WHERE what LIKE 'stage:%' AND n > 0 ORDER BY stage",
        )
        .all(),
      clients: db.prepare("SELECT n FROM live_counts WHERE what = 'clients'").get(),
    });
    db.exec('SAVEPOINT counts');
    expect(kept()).toEqual(counted());
    db.exec(`
      UPDATE cases SET stage = 'accepted' WHERE id IN (3, 6, 9);
      UPDATE cases SET archived_at = 'x' WHERE id IN (1, 3);
      UPDATE cases SET stage = 'repaired' WHERE id = 1;
      UPDATE cases SET archived_at = NULL, stage = 'supplement' WHERE id = 3;
      UPDATE clients SET archived_at = 'x' WHERE id IN (4, 5);
      UPDATE clients SET archived_at = 'y' WHERE id = 4;
      UPDATE clients SET archived_at = NULL WHERE id = 5;
      INSERT INTO clients (id, kind, name, id_number, created_at, updated_at) VALUES (5001, 'company', '新', 'N1', 'x', 'x');
      INSERT INTO cases (id, client_id, stage, created_at, updated_at) VALUES
        (5001, 5001, 'intake', 'x', 'x'), (5002, 5001, 'filed', 'x', 'x');
      DELETE FROM cases WHERE id = 5002;
    `);
    expect(kept()).toEqual(counted());
    db.exec('ROLLBACK TO counts; RELEASE counts');
  });

  it('offers the assignees of live cases and the authorities of live listings in a case', () => {
    const db = filled();
    db.exec('SAVEPOINT facets');
    db.exec("UPDATE cases SET archived_at = 'x' WHERE assignee = '律师3'");
    const facets = caseDatesRepository(db).facets();
    expect(facets.assignees).toEqual(['律师0', '律师1', '律师2']);
    expect(facets.authorities).toEqual([
      '机关0',
      '机关1',
      '机关2',
      '机关3',
      '机关4',
      '机关5',
      '机关6',
    ]);
    db.exec("UPDATE listings SET archived_at = 'x' WHERE authority = '机关6'");
    expect(caseDatesRepository(db).facets().authorities).not.toContain('机关6');
    db.exec('ROLLBACK TO facets; RELEASE facets');
  });
});
