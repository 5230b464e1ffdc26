import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { translateMessage } from '../core/messages';
import { driveOf } from '../db/drive';
import { faultToAppError } from './faults';

const dataDir = mkdtempSync(join(tmpdir(), 'xiufu-faults-'));

/** The error SQLite itself raises for a statement. */
function sqliteError(setup: string, statement: string): unknown {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(setup);
  try {
    db.exec(statement);
  } catch (err) {
    return err;
  } finally {
    db.close();
  }
  throw new Error('the statement did not fail');
}

const fsError = (code: string, path?: string) =>
  Object.assign(new Error(`${code}: failed`), { code, ...(path ? { path } : {}) });

const said = (err: unknown, lang: 'en' | 'zh' = 'en') => {
  const app = faultToAppError(err, dataDir)!;
  return translateMessage(`${app.key}|${JSON.stringify(app.params)}`, lang);
};

describe('a full disk', () => {
  it('is disk_full whether SQLite or the file system says so', () => {
    const db = new BetterSqlite3(join(dataDir, 'full.db'));
    db.exec('CREATE TABLE t (v TEXT)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let full: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } catch (err) {
      full = err;
    }
    db.close();
    expect(full).toMatchObject({ code: 'SQLITE_FULL' });
    for (const err of [full, fsError('ENOSPC'), fsError('EDQUOT')]) {
      expect(faultToAppError(err, dataDir)?.code).toBe('disk_full');
    }
  });

  it('names the drive to free space on, in both languages', () => {
    const drive = driveOf(dataDir);
    expect(said(fsError('ENOSPC'))).toContain(`Free some space on ${drive}`);
    expect(said(fsError('ENOSPC'), 'zh')).toContain(`请在 ${drive} 上腾出空间`);
  });
});

describe('a folder that cannot be written', () => {
  it('is read_only for SQLite’s refusal, a read-only mount, or a permission on the data folder', () => {
    const readonly = Object.assign(new Error('attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
    });
    for (const err of [readonly, fsError('EROFS'), fsError('EACCES', join(dataDir, 'files', 'x'))])
      expect(faultToAppError(err, dataDir)?.code).toBe('read_only');
  });

  it('leaves a permission refused elsewhere (the system’s temp folder) a fault', () => {
    expect(faultToAppError(fsError('EACCES', join(tmpdir(), 'elsewhere')), dataDir)).toBeNull();
    expect(faultToAppError(fsError('EPERM'), dataDir)).toBeNull();
  });
});

describe('a write that lost a race', () => {
  it('is a conflict on the identifier when a second client with it slipped past the check', () => {
    const err = sqliteError(
      'CREATE TABLE clients (id INTEGER PRIMARY KEY, id_number TEXT UNIQUE)',
      "INSERT INTO clients (id_number) VALUES ('A'), ('A')",
    );
    const app = faultToAppError(err, dataDir)!;
    expect(app).toMatchObject({
      code: 'conflict',
      key: 'owner.duplicateIdNumber',
      field: 'idNumber',
    });
  });

  it('names the chosen column of a composite key', () => {
    const err = sqliteError(
      'CREATE TABLE case_listings (case_id INTEGER, listing_id INTEGER, PRIMARY KEY (case_id, listing_id))',
      'INSERT INTO case_listings VALUES (1, 2), (1, 2)',
    );
    expect(faultToAppError(err, dataDir)).toMatchObject({
      code: 'conflict',
      key: 'owner.duplicateListing',
      field: 'listingId',
    });
    const other = sqliteError(
      'CREATE TABLE reminders (case_id INTEGER, due_kind TEXT, PRIMARY KEY (case_id, due_kind))',
      "INSERT INTO reminders VALUES (1, 'a'), (1, 'a')",
    );
    expect(faultToAppError(other, dataDir)).toMatchObject({
      code: 'conflict',
      key: 'owner.conflict',
      field: 'dueKind',
    });
  });

  it('is a conflict when a row it points at went away meanwhile', () => {
    const err = sqliteError(
      'CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (a_id INTEGER REFERENCES a (id))',
      'INSERT INTO b VALUES (7)',
    );
    expect(faultToAppError(err, dataDir)).toMatchObject({
      code: 'conflict',
      key: 'owner.conflict',
    });
  });

  it('leaves CHECK and NOT NULL violations faults: input the schemas should have refused', () => {
    const check = sqliteError(
      'CREATE TABLE t (v INTEGER CHECK (v > 0))',
      'INSERT INTO t VALUES (-1)',
    );
    const notNull = sqliteError(
      'CREATE TABLE t (v INTEGER NOT NULL)',
      'INSERT INTO t VALUES (NULL)',
    );
    expect(faultToAppError(check, dataDir)).toBeNull();
    expect(faultToAppError(notNull, dataDir)).toBeNull();
    expect(faultToAppError(new TypeError('a bug'), dataDir)).toBeNull();
  });
});
