import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWritable, type Database } from './connection';
import { caseSearchInsert } from './migrations/find-sql';
import {
  deferCaseSearch,
  deferrableTriggerSql,
  pinnedJoinsSql,
  resumeCaseSearch,
} from './search-deferral';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xiufu-defer-'));
  db = openWritable(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const NOW = '2026-12-01T00:00:00.000Z';

/** A client, a listing, a case linked to it and a filing with a reference, by bare SQL. */
function writeCase(n: number): number {
  const client = db
    .prepare(
      `INSERT INTO clients (kind, name, id_number, address, legal_rep, contacts, sort_key, created_at, updated_at)
       VALUES ('company', ?, ?, '', '', '[]', ?, ?, ?)`,
    )
    .run(`远航物流${n}有限公司`, `91310000MA1K${n}`, `yuanhang${n}`, NOW, NOW).lastInsertRowid;
  const listing = db
    .prepare(
      `INSERT INTO listings (client_id, regime_id, authority, decision_no, decision_date, listing_date,
         publication_date, reason, penalty_fen, penalty_paid, created_at, updated_at)
       VALUES (?, 'samr-serious-list', '上海市市场监督管理局', ?, '2024-01-02', '2024-01-03', '', '', NULL, 0, ?, ?)`,
    )
    .run(client, `沪市监〔2024〕${n}号`, NOW, NOW).lastInsertRowid;
  const kase = Number(
    db
      .prepare(
        `INSERT INTO cases (client_id, assignee, notes, catalogue_version, created_at, updated_at)
         VALUES (?, 'Li', 'note', '1', ?, ?)`,
      )
      .run(client, NOW, NOW).lastInsertRowid,
  );
  db.prepare('INSERT INTO case_listings (case_id, listing_id) VALUES (?, ?)').run(kase, listing);
  db.prepare(
    `INSERT INTO case_events (case_id, type, date, data, created_at, created_by)
     VALUES (?, 'filed', '2025-06-20', '{"channel":"online","reference":"REF-${n}"}', ?, 'test')`,
  ).run(kase, NOW);
  return kase;
}

const indexRow = (id: number) =>
  db
    .prepare(
      'SELECT client, code, authority, decision_no, reference, assignee, notes FROM case_search WHERE rowid = ?',
    )
    .get(id) as Record<string, string> | undefined;

/** The row with the case's number (a digit no fixed text holds) masked. */
const strip = (row: Record<string, string> | undefined, n: number) =>
  row && JSON.parse(JSON.stringify(row).replaceAll(String(n), '#'));

describe('holding the case search index off for a bulk write', () => {
  it('writes the same index row at the end as the triggers write row by row', () => {
    const typed = writeCase(7);
    const bulk = db.transaction(() => {
      deferCaseSearch(db);
      const id = writeCase(8);
      // Held off: the triggers wrote nothing for it.
      expect(indexRow(id)).toBeUndefined();
      resumeCaseSearch(db, [id]);
      return id;
    })();
    expect(indexRow(typed)?.reference).toBe('REF-7');
    expect(strip(indexRow(bulk), 8)).toEqual(strip(indexRow(typed), 7));
    // The flag is cleared: the next typed write is indexed by its triggers again.
    const after = writeCase(6);
    expect(indexRow(after)?.reference).toBe('REF-6');
  });

  it('leaves no flag behind when the transaction is rolled back', () => {
    expect(() =>
      db.transaction(() => {
        deferCaseSearch(db);
        writeCase(4);
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(db.prepare('SELECT count(*) AS n FROM search_deferred').get()).toEqual({ n: 0 });
    expect(indexRow(writeCase(5))?.reference).toBe('REF-5');
  });

  it('is only held off inside a transaction', () => {
    expect(() => deferCaseSearch(db)).toThrow(/inside a transaction/);
  });

  it('keeps a trigger’s own WHEN condition and adds the flag’s', () => {
    expect(
      deferrableTriggerSql(
        "CREATE TRIGGER t AFTER INSERT ON e\n        WHEN NEW.type IN ('filed') BEGIN\n  SELECT 1;\nEND",
      ),
    ).toBe(
      "CREATE TRIGGER t AFTER INSERT ON e WHEN (NEW.type IN ('filed')) AND NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN\n  SELECT 1;\nEND",
    );
    expect(deferrableTriggerSql('CREATE TRIGGER t AFTER INSERT ON c BEGIN SELECT 1; END')).toBe(
      'CREATE TRIGGER t AFTER INSERT ON c WHEN NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN SELECT 1; END',
    );
  });

  it('pins the joins of a trigger written before migration 0016, once', () => {
    const old = `SELECT (SELECT 1 FROM case_listings x JOIN listings l ON l.id = x.listing_id
      WHERE x.case_id = c.id), (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'decided'),
      (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'filed')`;
    const pinned = pinnedJoinsSql(old);
    expect(pinned).toContain('FROM case_listings x CROSS JOIN listings l NOT INDEXED ON');
    expect(pinned).toContain("+e.type = 'decided'");
    expect(pinned).toContain("+e.type = 'filed'");
    expect(pinnedJoinsSql(pinned)).toBe(pinned);
  });

  it('plans each case row by the case’s own links and events, with no statistics', () => {
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${caseSearchInsert('c.id = :id')}`).all({ id: 1 }) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan.filter((d) => /^SCAN/.test(d))).toEqual([]);
  });
});
