import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from './contract';
import type { Backend } from './dispatch';
import { handlers } from './handlers';
import { COMPANY, LISTING, testBackend, type TestBackend } from './testing';

let t: TestBackend;
let backend: Backend;
let dir: string;
let logs: Record<string, unknown>[];

function start() {
  t = testBackend();
  ({ backend, dir, logs } = t);
  return backend;
}

afterEach(() => backend?.close());

const snapshot = () => t.snapshot();
// Loosely typed on purpose: the bad-input tables below pass what the contract forbids.
const ok = (channel: Channel, input: unknown) => t.ok(channel, input as never) as Promise<never>;

async function seed() {
  const client = (await ok('clients.create', COMPANY)) as { id: number };
  const kase = (await ok('cases.create', { clientId: client.id, listings: [LISTING] })) as {
    id: number;
    listings: { id: number }[];
  };
  return { clientId: client.id, caseId: kase.id, listingId: kase.listings[0]!.id };
}

describe('contract and handler table', () => {
  it('has exactly one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('dispatch: good input', () => {
  it('creates, reads, lists, updates and archives clients, listings and cases', async () => {
    start();
    const { clientId, caseId, listingId } = await seed();
    expect(await ok('clients.get', { id: clientId })).toMatchObject({
      name: COMPANY.name,
      listings: [{ id: listingId }],
    });
    expect(await ok('clients.list', { search: '测试' })).toMatchObject({
      items: [{ id: clientId }],
      nextCursor: null,
    });
    expect(
      await ok('clients.update', { id: clientId, ...COMPANY, legalRep: '王五' }),
    ).toMatchObject({ legalRep: '王五' });

    const second = (await ok('listings.create', {
      ...LISTING,
      clientId,
      regimeId: 'cc-penalty-general',
      decisionNo: 'B-2',
    })) as { id: number };
    expect(await ok('listings.get', { id: second.id })).toMatchObject({ decisionNo: 'B-2' });
    expect(await ok('listings.list', { clientId })).toMatchObject({ items: [{}, {}] });
    expect(
      await ok('listings.update', { id: listingId, ...LISTING, penaltyAmount: '1250.5' }),
    ).toMatchObject({ listing: { penaltyFen: 125050 }, moved: [{ caseId, dates: [] }] });

    expect(await ok('cases.get', { id: caseId })).toMatchObject({
      clientName: COMPANY.name,
      listingCount: 1,
    });
    expect(await ok('cases.list', { search: '91350100m' })).toMatchObject({
      items: [{ id: caseId }],
    });
    // Listed 2025-06-03, eligible since 2026-06-04, documents still missing: preparing.
    expect(await ok('cases.update', { id: caseId, notes: 'Called the client' })).toMatchObject({
      notes: 'Called the client',
      stage: 'preparing',
    });
    expect(await ok('cases.list', { stage: 'preparing' })).toMatchObject({
      items: [{ id: caseId }],
    });
    // A partial update leaves the other fields as they were; a stage cannot be typed in.
    await ok('cases.update', { id: caseId, assignee: '李娜' });
    expect(await ok('cases.update', { id: caseId, stage: 'repaired' })).toMatchObject({
      assignee: '李娜',
      notes: 'Called the client',
      stage: 'preparing',
    });
    expect(await ok('cases.list', { stage: 'filed' })).toMatchObject({ items: [] });

    const detail = (await ok('cases.archive', { id: caseId })) as {
      archivedAt: string | null;
      history: { entity: string; action: string }[];
    };
    expect(detail.archivedAt).not.toBeNull();
    // The case's entries, its listing's, and its client's (its legal rep changed after the case was opened).
    expect(detail.history.map((h) => `${h.entity}.${h.action}`)).toEqual([
      'case.archive',
      'case.update',
      'case.update',
      'case.update',
      'listing.update',
      'client.update',
      'case.create',
      'listing.create',
      'client.create',
    ]);
    expect(await ok('listings.archive', { id: second.id })).toMatchObject({
      archivedAt: expect.any(String),
    });
    expect(await ok('clients.archive', { id: clientId })).toMatchObject({
      archivedAt: expect.any(String),
    });
    expect(await ok('dashboard.summary', {})).toMatchObject({ clients: 0, cases: 0 });
  });

  it('pages with keyset cursors, in order, without repeats', async () => {
    start();
    for (let i = 0; i < 7; i++) {
      const first17 = `9135010${i}M000100Y4`;
      const { usccCheckChar } = await import('../core/ids');
      await ok('clients.create', {
        kind: 'company',
        name: `Company ${i}`,
        idNumber: first17 + usccCheckChar(first17),
      });
    }
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await ok('clients.list', {
        limit: 3,
        sort: 'name',
        direction: 'desc',
        cursor,
      })) as {
        items: { name: string }[];
        nextCursor: string | null;
      };
      names.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Company ${i}`));
  });

  it('remembers settings and answers in the chosen language by default', async () => {
    start();
    expect(await ok('settings.update', { language: 'zh', userName: '李娜' })).toMatchObject({
      language: 'zh',
      userName: '李娜',
      dataDir: dir,
    });
    const r = await backend.dispatch('clients.get', { id: 42 });
    expect(r).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('客户不存在') },
    });
    await seed();
    const history = (await ok('cases.get', { id: 1 })) as { history: { actor: string }[] };
    expect(history.history[0]!.actor).toBe('李娜');
  });
});

describe('dispatch: bad input writes nothing', () => {
  const bad: [Channel, unknown, string | undefined][] = [
    ['clients.create', { ...COMPANY, idNumber: '91350100M000100Y44' }, 'idNumber'],
    ['clients.create', { ...COMPANY, name: '   ' }, 'name'],
    ['clients.create', { ...COMPANY, name: 'x'.repeat(201) }, 'name'],
    ['clients.create', { ...COMPANY, kind: 'person' }, 'idNumber'],
    ['clients.create', { ...COMPANY, idNumber: '91350100M000100Y43' }, 'idNumber'],
    ['clients.update', { id: 999, ...COMPANY }, undefined],
    ['clients.archive', { id: 'x' }, 'id'],
    ['listings.create', { ...LISTING, clientId: 1, decisionDate: '2025-02-30' }, 'decisionDate'],
    ['listings.create', { ...LISTING, clientId: 1, decisionDate: '2999-01-01' }, 'decisionDate'],
    ['listings.create', { ...LISTING, clientId: 1, listingDate: '' }, 'listingDate'],
    ['listings.create', { ...LISTING, clientId: 1, regimeId: 'made-up' }, 'regimeId'],
    ['listings.update', { ...LISTING, id: 1, penaltyAmount: '12.345' }, 'penaltyAmount'],
    ['cases.create', { clientId: 1, listings: [] }, 'listings'],
    [
      'cases.create',
      { clientId: 1, listings: [{ ...LISTING, authority: '' }] },
      'listings.0.authority',
    ],
    ['cases.create', { clientId: 999, listings: [LISTING] }, undefined],
    ['cases.update', { id: 1, notes: 'x'.repeat(5001) }, 'notes'],
    ['cases.archive', { id: 999 }, undefined],
    ['settings.update', { language: 'fr' }, 'language'],
  ];

  it.each(bad)('%s %j → refused on %s', async (channel, input, field) => {
    start();
    await seed();
    const before = snapshot();
    const r = await backend.dispatch(channel, input, { lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe(field);
      expect(r.error.message.length).toBeGreaterThan(10);
    }
    expect(snapshot()).toBe(before);
  });

  it('answers an unknown channel without touching anything', async () => {
    start();
    const before = snapshot();
    expect(await backend.dispatch('cases.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(snapshot()).toBe(before);
  });

  it('logs an unexpected fault with an id and answers without internals', async () => {
    start();
    await seed();
    const db = new BetterSqlite3(join(dir, 'xiufu.db'));
    db.exec('DROP TABLE history');
    db.close();
    const r = await backend.dispatch('cases.update', { id: 1, notes: 'x' }, { lang: 'zh' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('internal');
      expect(r.error.message).toContain(r.error.id!);
      expect(r.error.message).not.toMatch(/history|SQLITE/);
    }
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      id: expect.any(String),
      channel: 'cases.update',
    });
  });
});
