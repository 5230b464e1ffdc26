import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrations';
import { queueRepository } from './queue';

function db() {
  const d = new BetterSqlite3(':memory:');
  migrate(d);
  d.exec(`
    INSERT INTO clients (id, kind, name, id_number, created_at, updated_at) VALUES
      (1, 'company', '甲公司', 'A1', 'x', 'x'), (2, 'company', '乙公司', 'B2', 'x', 'x'),
      (3, 'company', '丙公司', 'C3', 'x', 'x'), (4, 'company', '丁公司', 'D4', 'x', 'x');
    INSERT INTO listings (id, client_id, regime_id, authority, decision_no, decision_date, created_at, updated_at, archived_at) VALUES
      (10, 1, 'samr-serious-list', '已撤回机关', 'L10', '2024-01-01', 'x', 'x', 'x'),
      (11, 1, 'samr-abnormal', '杭州市市场监督管理局', 'L11', '2024-06-01', 'x', 'x', NULL),
      (12, 1, 'samr-serious-list', '较晚的机关', 'L12', '2025-01-01', 'x', 'x', NULL),
      (20, 2, 'samr-serious-list', '机关二', 'L20', '2024-01-01', 'x', 'x', NULL),
      (30, 3, 'samr-serious-list', '机关三', 'L30', '2024-01-01', 'x', 'x', NULL),
      (40, 4, 'samr-serious-list', '机关四', 'L40', '2024-01-01', 'x', 'x', NULL);
    INSERT INTO cases (id, client_id, stage, assignee, created_at, updated_at, archived_at) VALUES
      (1, 1, 'supplement', '李娜', 'x', 'x', NULL),
      (2, 2, 'supplement', '', 'x', 'x', NULL),
      (3, 3, 'supplement', '', 'x', 'x', 'x'),
      (4, 4, 'accepted', '', 'x', 'x', NULL);
    INSERT INTO case_listings VALUES (1, 10), (1, 11), (1, 12), (2, 20), (3, 30), (4, 40);
    INSERT INTO case_events (case_id, type, date, data, created_at, created_by) VALUES
      (1, 'supplementRequested', '2026-01-09', '{}', 'x', 'x'),
      (1, 'supplementRequested', '2026-02-03', '{}', 'x', 'x'),
      (1, 'supplementReceived', '2026-02-20', '{}', 'x', 'x'),
      (2, 'supplementRequested', '2026-01-05', '{}', 'x', 'x'),
      (3, 'supplementRequested', '2026-01-05', '{}', 'x', 'x'),
      (4, 'supplementRequested', '2026-01-05', '{}', 'x', 'x');
    -- Case 2 still has an open deadline: the queue shows it by that date, not as stopped.
    INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit) VALUES
      (2, 20, 'decisionDue', '2026-03-01', 0, 0, 'working'),
      (1, 11, 'decisionDue', '2026-01-20', 1, 0, 'working');
  `);
  return d;
}

describe('the reviewer queue', () => {
  it('lists live supplement cases without an open deadline, with their first live listing and latest request', () => {
    expect(queueRepository(db()).stopped(null, 10)).toEqual([
      {
        caseId: 1,
        clientName: '甲公司',
        clientIdNumber: 'A1',
        stage: 'supplement',
        assignee: '李娜',
        listingId: 11,
        regimeId: 'samr-abnormal',
        authority: '杭州市市场监督管理局',
        decisionNo: 'L11',
        date: '2026-02-03',
      },
    ]);
  });

  it('lists each case once, by its earliest open deadline on a live listing, a page at a time', () => {
    const d = db();
    d.exec(`
      INSERT INTO case_dates (case_id, listing_id, kind, date, done, provisional, unit) VALUES
        (4, 40, 'decisionDue', '2026-02-10', 0, 0, 'working'),
        (4, 40, 'publicityStopDue', '2026-01-15', 0, 0, 'working'),
        (1, 10, 'decisionDue', '2025-12-01', 0, 0, 'working');
    `);
    const q = queueRepository(d);
    const stages = ['filed', 'accepted', 'supplement'];
    // Case 1's only open deadline is on its archived listing; case 3 is archived.
    expect(q.deadlines(stages, null, 10).map((r) => [r.caseId, r.kind, r.date])).toEqual([
      [4, 'publicityStopDue', '2026-01-15'],
      [2, 'decisionDue', '2026-03-01'],
    ]);
    expect(q.deadlines(stages, null, 1).map((r) => r.caseId)).toEqual([4]);
    expect(q.deadlines(stages, { date: '2026-01-15', caseId: 4 }, 1).map((r) => r.caseId)).toEqual([
      2,
    ]);
    expect(q.deadlines(stages, { date: '2026-03-01', caseId: 2 }, 1)).toEqual([]);
  });

  it('pages the stopped cases after the last one shown', () => {
    const q = queueRepository(db());
    expect(q.stopped({ date: '2026-02-03', caseId: 1 }, 10)).toEqual([]);
    expect(q.stopped({ date: '2026-02-02', caseId: 9 }, 10).map((r) => r.caseId)).toEqual([1]);
  });
});
