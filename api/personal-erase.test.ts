/**
 * Erasing a client's personal data: every field that holds it, the files only they used,
 * the search rows and the content of every history entry that mentions them, in one
 * transaction with its 'erase' entry; afterwards no byte of the data folder holds an
 * erased value, and the history chain still verifies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../db/connection';
import {
  FILE_SECRET,
  NOTE_SECRET,
  PERSON,
  personCase,
  personWithEverything,
} from './personal-testing';
import { chainState, storedFiles, testBackend, type TestBackend } from './testing';
import { backUp } from './backup-testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of the data folder holding any of `values` as UTF-8 bytes, with the value. */
function scan(dir: string, values: string[]): string[] {
  return filesUnder(dir).flatMap((path) => {
    const bytes = readFileSync(path);
    return values.filter((v) => bytes.includes(Buffer.from(v, 'utf8'))).map((v) => `${path}: ${v}`);
  });
}

const SECRETS = [
  PERSON.name,
  PERSON.idNumber,
  PERSON.address,
  PERSON.contacts[0]!.phone,
  PERSON.contacts[0]!.name,
  FILE_SECRET,
  NOTE_SECRET,
];

const erase = (clientId: number, confirm: string = PERSON.name) =>
  t.ok('personal.erase', {
    id: clientId,
    reason: 'The person asked (letter of 2026-11-30)',
    confirm,
  });

describe('personal.erase', () => {
  it('leaves no erased value anywhere in the data folder, and the chain verifiable', async () => {
    const { clientId, caseId } = await personWithEverything((t = testBackend()));
    expect(scan(t.dir, SECRETS).length).toBeGreaterThan(0);
    expect(storedFiles(t)).toHaveLength(1);

    const record = await erase(clientId);
    expect(record.counts).toMatchObject({ cases: 1, files: 1, storedFiles: 1 });
    expect(record.erasedHistoryIds.length).toBe(record.counts.historyEntries);
    expect(record.erasedHistoryIds.length).toBeGreaterThan(3);
    expect(storedFiles(t)).toEqual([]);
    // While the app runs: the file, its WAL (checkpointed and truncated) and its -shm.
    expect(scan(t.dir, SECRETS)).toEqual([]);
    expect(await chainState(t.dir)).toBe('intact');

    const client = await t.ok('clients.get', { id: clientId });
    expect(client).toMatchObject({
      name: '',
      address: '',
      contacts: [],
      erasedAt: expect.any(String),
    });
    expect(client.history[0]).toMatchObject({ action: 'erase', after: record });
    for (const id of record.erasedHistoryIds) {
      expect(
        client.history
          .concat((await t.ok('cases.get', { id: caseId })).history)
          .find((e) => e.id === id),
      ).toMatchObject({
        before: null,
        after: null,
        erasedAt: expect.any(String),
      });
    }
    expect(JSON.stringify(record)).not.toContain(PERSON.idNumber);
    expect(await t.ok('clients.reveal', { id: clientId })).toEqual({ idNumber: '' });
    expect((await t.ok('clients.list', { search: PERSON.name })).items).toEqual([]);
    expect((await t.ok('cases.list', { search: PERSON.name })).items).toEqual([]);
    const { items } = await t.ok('cases.list', {});
    expect(items[0]).toMatchObject({ id: caseId, clientName: '' });

    t.backend.close();
    expect(scan(t.dir, SECRETS)).toEqual([]);
  });

  it('empties the WAL once a reader that held an older snapshot lets go', async () => {
    const { clientId } = await personWithEverything((t = testBackend()));
    const reader = new BetterSqlite3(join(t.dir, DB_FILE), { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM clients').get();
    await erase(clientId);
    const wal = join(t.dir, `${DB_FILE}-wal`);
    expect(statSync(wal).size).toBeGreaterThan(0);
    reader.exec('COMMIT');
    reader.close();
    await expect.poll(() => statSync(wal).size, { timeout: 10_000, interval: 250 }).toBe(0);
  });

  it('takes the identifier as confirmation too, and refuses a second erasure', async () => {
    t = testBackend();
    const { clientId } = await personCase(t);
    await erase(clientId, PERSON.idNumber.toLowerCase());
    const before = t.snapshot();
    const again = await t.backend.dispatch(
      'personal.erase',
      { id: clientId, reason: 'again', confirm: '' },
      { lang: 'zh' },
    );
    expect(again).toMatchObject({ ok: false });
    const r = await t.backend.dispatch('personal.preview', { id: clientId }, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(t.snapshot()).toBe(before);
  });

  it('refuses a confirmation that does not match, naming the field, and writes nothing', async () => {
    t = testBackend();
    const { clientId } = await personCase(t);
    const before = t.snapshot();
    for (const lang of ['en', 'zh'] as const) {
      const r = await t.backend.dispatch(
        'personal.erase',
        { id: clientId, reason: 'asked', confirm: '张三' },
        { lang },
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'confirm' } });
    }
    expect(t.snapshot()).toBe(before);
  });

  it('is all or nothing: a failure at its last write leaves every row and file as it was', async () => {
    const { clientId } = await personWithEverything((t = testBackend()));
    const raw = new BetterSqlite3(join(t.dir, DB_FILE));
    raw.exec(`CREATE TRIGGER fail_erase BEFORE INSERT ON history WHEN NEW.action = 'erase'
      BEGIN SELECT RAISE(ABORT, 'injected'); END`);
    raw.close();
    const before = t.snapshot();
    const files = storedFiles(t);
    const r = await t.backend.dispatch(
      'personal.erase',
      { id: clientId, reason: 'asked', confirm: PERSON.name },
      { lang: 'en' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(t.logs.some((l) => JSON.stringify(l).includes('injected'))).toBe(true);
    expect(t.snapshot()).toBe(before);
    expect(storedFiles(t)).toEqual(files);
    expect((await t.ok('clients.get', { id: clientId })).name).toBe(PERSON.name);
  });

  it('previews what it will remove, and how many backups made before still hold the data', async () => {
    const { clientId } = await personWithEverything((t = testBackend()));
    expect((await t.ok('personal.preview', { id: clientId })).backups).toBe(0);
    expect(await backUp(t)).toMatchObject({ ok: true });
    const preview = await t.ok('personal.preview', { id: clientId });
    expect(preview).toMatchObject({
      counts: { cases: 1, listings: 1, files: 1, packets: 0, documentNotes: 1 },
      backups: 1,
    });
  });
});
