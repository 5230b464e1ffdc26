/**
 * Finding cases through dispatch: search by what a user remembers, sort by next date,
 * and the Archived view with restore (a refused restore writes nothing).
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { nextDue } from '../core/agenda';
import { today } from '../core/today';
import { DB_FILE } from '../db/connection';
import type { Channel } from './contract';
import { COMPANY, samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const ids = (page: { items: { id: number }[] }) => page.items.map((c) => c.id);

async function refused(channel: Channel, input: unknown) {
  const before = t.snapshot();
  const r = await t.backend.dispatch(channel, input as never, { lang: 'en' });
  expect(t.snapshot()).toBe(before);
  if (r.ok) throw new Error(`${channel} was not refused`);
  return r.error;
}

describe('cases.list: search and sort', () => {
  it('finds a case by its filing reference and its listing decision number', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await t.ok('events.add', {
      caseId: c.id,
      type: 'filed',
      date: '2026-01-05',
      channel: 'online',
      reference: 'XYZ-0815',
      overrideReason: 'Documents follow by post.',
    });
    expect(ids(await t.ok('cases.list', { search: 'xyz-0815' }))).toEqual([c.id]);
    expect(ids(await t.ok('cases.list', { search: '杭市监严〔2024〕8号' }))).toEqual([c.id]);
    expect(ids(await t.ok('cases.list', { search: '杭州' }))).toEqual([c.id]);
    expect(ids(await t.ok('cases.list', { search: '"OR" NEAR(*' }))).toEqual([]);
    // Found by the fuzz test: a NUL ended FTS5's query inside a phrase (an internal error).
    expect(ids(await t.ok('cases.list', { search: '\u0000\u0000\u0000' }))).toEqual([c.id]);
    expect(ids(await t.ok('cases.list', { search: 'xyz\u0000-0815' }))).toEqual([c.id]);
    expect(ids(await t.ok('clients.list', { search: '\u0000杭州测试\u0000' }))).toEqual([
      c.clientId,
    ]);
  });

  it('answers each case with its next date, recomputed once it has passed', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const detail = await t.ok('cases.get', { id: c.id });
    const expected = nextDue(
      detail.evaluation.dates.map((d) => ({ ...d, done: d.status === 'done' })),
      detail.stage,
      today(),
    );
    expect(expected).not.toBeNull();
    // Stored as if computed long ago, with a milestone that has since passed.
    const raw = new BetterSqlite3(join(t.dir, DB_FILE));
    raw
      .prepare("UPDATE cases SET next_due = '2020-01-02', computed_on = '2020-01-01' WHERE id = ?")
      .run(c.id);
    raw.close();
    const listed = await t.ok('cases.list', { sort: 'nextDue', direction: 'asc' });
    expect(listed.items.map((i) => i.nextDue)).toEqual([expected]);
  });

  it('refuses an unknown sort, with nothing written', async () => {
    t = testBackend();
    const error = await refused('cases.list', { sort: 'pinyin' });
    expect(error).toMatchObject({ code: 'invalid', field: 'sort' });
  });
});

describe('restore', () => {
  it('lists an archived case in the Archived view and restores it, logged', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await t.ok('cases.archive', { id: c.id });
    expect(ids(await t.ok('cases.list', {}))).toEqual([]);
    expect(ids(await t.ok('cases.list', { archived: true }))).toEqual([c.id]);
    expect(ids(await t.ok('cases.list', { archived: true, search: '测试科技' }))).toEqual([c.id]);

    const restored = await t.ok('cases.restore', { id: c.id });
    expect(restored.archivedAt).toBeNull();
    expect(restored.history.slice(0, 2).map((h) => h.action)).toEqual(['restore', 'archive']);
    expect(ids(await t.ok('cases.list', {}))).toEqual([c.id]);
    expect(ids(await t.ok('cases.list', { archived: true }))).toEqual([]);
    // Writable again.
    expect(await t.ok('cases.update', { id: c.id, notes: 'back' })).toMatchObject({
      notes: 'back',
    });
  });

  it('refuses to restore a case that is not archived, or does not exist', async () => {
    t = testBackend();
    const c = await samrCase(t);
    expect(await refused('cases.restore', { id: c.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('is not archived'),
    });
    expect(await refused('cases.restore', { id: 999 })).toMatchObject({ code: 'not_found' });
    expect(await refused('cases.restore', { id: 'x' })).toMatchObject({
      code: 'invalid',
      field: 'id',
    });
    expect(await refused('clients.restore', { id: c.clientId })).toMatchObject({
      code: 'conflict',
    });
  });

  it('a case whose client is archived: refused with what to do, or restored with the client', async () => {
    t = testBackend();
    const c = await samrCase(t);
    await t.ok('cases.archive', { id: c.id });
    await t.ok('clients.archive', { id: c.clientId });

    const error = await refused('cases.restore', { id: c.id });
    expect(error).toMatchObject({ code: 'conflict', field: 'restoreClient' });
    expect(error.message).toContain(COMPANY.name);
    expect(error.message).toContain('Restore the client together with the case');
    const zh = await t.backend.dispatch('cases.restore', { id: c.id }, { lang: 'zh' });
    expect(zh).toMatchObject({ ok: false, error: { message: expect.stringContaining('已归档') } });

    const restored = await t.ok('cases.restore', { id: c.id, restoreClient: true });
    expect(restored.archivedAt).toBeNull();
    expect(restored.client.archivedAt).toBeNull();
    expect(ids(await t.ok('clients.list', {}))).toEqual([c.clientId]);
  });

  it('restores an archived client, logged, and lists archived clients apart', async () => {
    t = testBackend();
    const client = await t.ok('clients.create', COMPANY);
    await t.ok('clients.archive', { id: client.id });
    expect(ids(await t.ok('clients.list', {}))).toEqual([]);
    expect(ids(await t.ok('clients.list', { archived: true, search: '测试' }))).toEqual([
      client.id,
    ]);
    expect(await t.ok('clients.restore', { id: client.id })).toMatchObject({ archivedAt: null });
    expect(ids(await t.ok('clients.list', { search: '测试' }))).toEqual([client.id]);
    const raw = new BetterSqlite3(join(t.dir, DB_FILE), { readonly: true });
    expect(
      raw.prepare("SELECT action FROM history WHERE entity = 'client' ORDER BY id").all(),
    ).toEqual([{ action: 'create' }, { action: 'archive' }, { action: 'restore' }]);
    raw.close();
  });
});
