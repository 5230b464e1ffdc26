/**
 * Migration 0008: the per-date counts of open, awaited deadlines stay equal to counting the
 * rows, whatever changes them (dates moved, done, kinds, cases and listings archived or
 * moved between stages, rows deleted), and hold one row per date at most.
 */
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS_SQL } from '../open-dates';
import { caseDatesRepository } from '../repositories/case-dates';
import { migrate } from './index';

function build() {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
    INSERT INTO clients (id, kind, name, id_number, created_at, updated_at)
      SELECT i, 'company', '客户' || i, 'ID' || i, 'x', 'x' FROM n;
    INSERT INTO listings (id, client_id, regime_id, authority, decision_no, decision_date, created_at, updated_at)
      SELECT id, id, 'samr-serious-list', '机关', 'D' || id, '2025-01-01', 'x', 'x' FROM clients;
    INSERT INTO cases (id, client_id, stage, created_at, updated_at)
      SELECT id, id, CASE id % 4 WHEN 0 THEN 'waiting' ELSE 'filed' END, 'x', 'x' FROM clients;
    INSERT INTO case_listings SELECT id, id FROM cases;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, id, 'decisionDue', date('2026-01-01', (id % 60) || ' days'), id % 9 = 0, 0, 'working' FROM cases;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, id, 'acceptanceDue', date('2026-01-01', (id % 45) || ' days'), 0, 0, 'working' FROM cases WHERE id % 2 = 0;
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
      SELECT id, id, 'mayApplyFrom', date('2026-01-01', (id % 30) || ' days'), 0, 0, '' FROM cases;
  `);
  return db;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

const DATES = ['2026-01-10', '2026-01-31', '2026-02-15', '2026-03-01', '2026-12-31'];

function expectCountsMatch(db: BetterSqlite3.Database) {
  const repo = caseDatesRepository(db);
  for (const to of DATES) {
    const rows = db
      .prepare(
        `SELECT count(*) FROM case_dates
         WHERE done = 0 AND kind IN (${DEADLINE_KINDS_SQL}) AND awaited = 1 AND date <= ?`,
      )
      .pluck()
      .get(to);
    expect(repo.countAwaited(to), to).toBe(rows);
  }
  expect(db.prepare('SELECT count(*) FROM awaited_by_date WHERE n <= 0').pluck().get()).toBe(0);
}

describe('migration 0008: open, awaited deadlines counted per date', () => {
  it('starts equal to counting the rows and stays equal through every kind of change', () => {
    const db = build();
    expectCountsMatch(db);
    const pick = random(20261201);
    const changes = [
      (id: number) =>
        db.prepare("UPDATE case_dates SET date = date(date, '+7 days') WHERE case_id = ?").run(id),
      (id: number) =>
        db
          .prepare(
            "UPDATE case_dates SET done = 1 - done WHERE case_id = ? AND kind = 'decisionDue'",
          )
          .run(id),
      (id: number) =>
        db
          .prepare(
            "UPDATE case_dates SET kind = 'publicityStopDue' WHERE case_id = ? AND kind = 'acceptanceDue'",
          )
          .run(id),
      (id: number) =>
        db
          .prepare(
            "UPDATE cases SET stage = CASE stage WHEN 'filed' THEN 'withdrawn' ELSE 'filed' END WHERE id = ?",
          )
          .run(id),
      (id: number) =>
        db
          .prepare(
            "UPDATE cases SET archived_at = CASE WHEN archived_at IS NULL THEN 'x' END WHERE id = ?",
          )
          .run(id),
      (id: number) =>
        db
          .prepare(
            "UPDATE listings SET archived_at = CASE WHEN archived_at IS NULL THEN 'x' END WHERE id = ?",
          )
          .run(id),
      (id: number) =>
        db.prepare("DELETE FROM case_dates WHERE case_id = ? AND kind = 'decisionDue'").run(id),
      (id: number) =>
        db
          .prepare(
            `INSERT OR IGNORE INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit)
             VALUES (?, ?, 'decisionDue', '2026-02-01', 0, 0, 'working')`,
          )
          .run(id, id),
    ];
    for (let step = 0; step < 600; step++) {
      changes[pick(changes.length)]!(1 + pick(400));
      if (step % 50 === 0) expectCountsMatch(db);
    }
    expectCountsMatch(db);
    expect(db.prepare('SELECT count(*) FROM awaited_by_date').pluck().get()).toBeLessThanOrEqual(
      db.prepare('SELECT count(DISTINCT date) FROM case_dates').pluck().get() as number,
    );
  });
});
