/**
 * The audit repository on its own: an entry whose content was erased (the history chain's
 * erased_at) reads as erased, with its time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../connection';
import { auditRepository } from './audit';
import { historyRepository } from './history';
import { APPEND_SQL } from '../history-chain';

let db: Database;
afterEach(() => db?.close());

const insert = (at: string, erasedAt?: string) => {
  const { lastInsertRowid } = db.prepare(APPEND_SQL).run({
    at,
    actor: 'Li',
    entity: 'settings',
    entityId: 1,
    action: 'update',
    before: '{"userName":"a"}',
    after: '{"userName":"b"}',
  });
  if (erasedAt) historyRepository(db).eraseContent([Number(lastInsertRowid)], erasedAt);
};

describe('auditRepository', () => {
  it('reads erased content as erased, with its time', () => {
    db = openDatabase(mkdtempSync(join(tmpdir(), 'xiufu-audit-repo-')));
    insert('2026-03-01T00:00:00.000Z');
    expect(auditRepository(db).page({ take: 10 })[0]).toMatchObject({
      erasedAt: null,
      after: { userName: 'b' },
      client: null,
      caseId: null,
      listing: null,
    });
    insert('2026-03-02T00:00:00.000Z', '2026-04-01T00:00:00.000Z');
    const [erased, kept] = auditRepository(db).page({ take: 10 });
    expect(erased).toMatchObject({
      erasedAt: '2026-04-01T00:00:00.000Z',
      before: null,
      after: null,
    });
    expect(kept).toMatchObject({ erasedAt: null, after: { userName: 'b' } });
  });

  it('answers a range of days by its instants, start included and end excluded', () => {
    db = openDatabase(mkdtempSync(join(tmpdir(), 'xiufu-audit-repo-')));
    insert('2026-03-01T00:00:00.000Z');
    const audit = auditRepository(db);
    expect(audit.page({ take: 10, fromAt: '2026-03-02T00:00:00.000Z' })).toEqual([]);
    expect(audit.page({ take: 10, toAt: '2026-03-01T00:00:00.000Z' })).toEqual([]);
    expect(audit.page({ take: 10, toAt: '2026-03-01T00:00:00.001Z' })).toHaveLength(1);
    expect(audit.count({ fromAt: '2026-01-01T00:00:00.000Z' })).toBe(1);
  });
});
