/**
 * The audit log through dispatch: every history entry, newest first, each filter alone and
 * together, pages by keyset with no gap or repeat while entries are added, days taken in
 * the user's time zone; a refused selection writes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Input } from './contract';
import { COMPANY, samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => {
  t?.backend.close();
  vi.useRealTimers();
});

const PERSON = { kind: 'person', name: '王小明', idNumber: '11010519491231002X' } as const;

const list = (input: Input<'history.list'> = {}) => t.ok('history.list', input);
const ids = async (input: Input<'history.list'> = {}) => (await list(input)).items.map((e) => e.id);

/** Two clients, Li's case on the company, Wang's edits on the person. */
async function setUp() {
  t = testBackend();
  await t.ok('settings.update', { userName: 'Li' });
  const c = await samrCase(t);
  await t.ok('cases.update', { id: c.id, assignee: 'Zhao' });
  await t.ok('settings.update', { userName: 'Wang' });
  const person = await t.ok('clients.create', PERSON);
  await t.ok('clients.update', { id: person.id, ...PERSON, address: '北京市海淀区' });
  return { caseId: c.id, companyId: c.clientId, listingId: c.listings[0]!.id, personId: person.id };
}

describe('history.list', () => {
  it('lists every entry newest first, each named by its client, case or listing', async () => {
    const s = await setUp();
    const page = await list();
    const all = page.items;
    expect(page.nextCursor).toBeNull();
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    const listing = all.find((e) => e.entity === 'listing')!;
    expect(listing.client).toEqual({ id: s.companyId, name: COMPANY.name });
    expect(listing.caseId).toBe(s.caseId);
    expect(listing.listing).toEqual({
      regimeId: 'samr-serious-list',
      decisionNo: '杭市监严〔2024〕8号',
    });
    const caseEntry = all.find((e) => e.entity === 'case')!;
    expect(caseEntry).toMatchObject({
      caseId: s.caseId,
      client: { name: COMPANY.name },
      erasedAt: null,
    });
    const update = all.find((e) => e.entity === 'client' && e.action === 'update')!;
    expect(update).toMatchObject({ actor: 'Wang', client: { id: s.personId, name: PERSON.name } });
    expect(update.after).toMatchObject({ address: '北京市海淀区' });
  });

  it('filters by person, kind, client and case, alone and together', async () => {
    const s = await setUp();
    const all = (await list()).items;
    const expectIds = (pred: (e: (typeof all)[number]) => boolean) =>
      all.filter(pred).map((e) => e.id);

    expect(await ids({ actor: 'Wang' })).toEqual(expectIds((e) => e.actor === 'Wang'));
    expect(await ids({ actor: 'Wang' })).not.toHaveLength(0);
    expect(await ids({ actor: 'Nobody' })).toEqual([]);
    expect(await ids({ entity: 'client' })).toEqual(expectIds((e) => e.entity === 'client'));
    expect(await ids({ action: 'update' })).toEqual(expectIds((e) => e.action === 'update'));
    expect(await ids({ entity: 'case', action: 'update' })).toEqual(
      expectIds((e) => e.entity === 'case' && e.action === 'update'),
    );
    // A client's own entries, its listings' and its cases'.
    const company = await ids({ clientId: s.companyId });
    expect(company).toEqual(expectIds((e) => e.client?.id === s.companyId));
    expect(new Set(all.filter((e) => company.includes(e.id)).map((e) => e.entity))).toEqual(
      new Set(['client', 'listing', 'case']),
    );
    expect(await ids({ clientId: s.personId })).toEqual(
      expectIds((e) => e.entity === 'client' && e.entityId === s.personId),
    );
    // A case's own entries and its listings'.
    expect(await ids({ caseId: s.caseId })).toEqual(
      expectIds(
        (e) =>
          (e.entity === 'case' && e.entityId === s.caseId) ||
          (e.entity === 'listing' && e.entityId === s.listingId),
      ),
    );
    expect(await ids({ clientId: s.personId, caseId: s.caseId })).toEqual([]);
    expect(
      await ids({ clientId: s.companyId, actor: 'Li', entity: 'case', action: 'update' }),
    ).toEqual(
      expectIds(
        (e) =>
          e.client?.id === s.companyId &&
          e.actor === 'Li' &&
          e.entity === 'case' &&
          e.action === 'update',
      ),
    );
    expect(await ids({ clientId: s.companyId, actor: 'Wang' })).toEqual([]);
  });

  it('takes days in the user’s time zone, both ends included', async () => {
    t = testBackend();
    vi.useFakeTimers({ toFake: ['Date'] });
    // 2026-03-01 23:30 in Shanghai is 15:30 UTC: the 1st there, whatever the UTC day.
    vi.setSystemTime(new Date('2026-03-01T15:30:00.000Z'));
    const a = await t.ok('clients.create', COMPANY);
    vi.setSystemTime(new Date('2026-03-01T16:30:00.000Z')); // 00:30 on the 2nd in Shanghai
    await t.ok('clients.update', { id: a.id, ...COMPANY, address: 'B' });
    vi.setSystemTime(new Date('2026-03-03T03:00:00.000Z'));
    await t.ok('clients.archive', { id: a.id });
    const actions = async (input: Input<'history.list'>) =>
      (await list(input)).items.map((e) => e.action);

    expect(await actions({ from: '2026-03-01', to: '2026-03-01' })).toEqual(['create']);
    expect(await actions({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['update']);
    expect(await actions({ from: '2026-03-02' })).toEqual(['archive', 'update']);
    expect(await actions({ to: '2026-03-02' })).toEqual(['update', 'create']);
    expect(await actions({ from: '2026-03-04' })).toEqual([]);

    await t.ok('settings.update', { timeZone: 'UTC' });
    vi.setSystemTime(new Date('2026-03-05T00:00:00.000Z'));
    expect(await actions({ from: '2026-03-01', to: '2026-03-01' })).toEqual(['update', 'create']);
    expect(await actions({ from: '2026-03-01', to: '2026-03-01', action: 'update' })).toEqual([
      'update',
    ]);
  });

  it('pages by keyset: no gap and no repeat while entries are added between pages', async () => {
    const s = await setUp();
    const before = (await list()).items.map((e) => e.id);
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; ; page++) {
      const p = await list({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(p.items.length).toBeLessThanOrEqual(2);
      seen.push(...p.items.map((e) => e.id));
      // New entries arrive at the top: the pages still to come are unaffected.
      await t.ok('cases.update', { id: s.caseId, assignee: `Assignee ${page}` });
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    expect(seen).toEqual(before);
    // A filter pages the same way.
    const updates = (await list({ action: 'update' })).items.map((e) => e.id);
    const first = await list({ action: 'update', limit: 1 });
    const rest = await list({ action: 'update', limit: 100, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((e) => e.id)).toEqual(updates);
  });

  it('refuses a range that ends before it starts, and a bad filter, writing nothing', async () => {
    await setUp();
    const refused = async (input: unknown, lang: 'en' | 'zh' = 'en') => {
      const before = t.snapshot();
      const r = await t.backend.dispatch('history.list', input, { lang });
      expect(t.snapshot()).toBe(before);
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect(await refused({ from: '2026-03-02', to: '2026-03-01' })).toMatchObject({
      code: 'invalid',
      field: 'to',
      message: expect.stringContaining('2026-03-01'),
    });
    expect((await refused({ from: '2026-03-02', to: '2026-03-01' }, 'zh')).message).toContain(
      '早于开始日',
    );
    expect(await refused({ from: '2026-02-30' })).toMatchObject({ field: 'from' });
    expect(await refused({ entity: 'person' })).toMatchObject({ field: 'entity' });
    expect(await refused({ clientId: -1 })).toMatchObject({ field: 'clientId' });
    expect(await refused({ limit: 1000 })).toMatchObject({ field: 'limit' });
  });
});

describe('actors.list', () => {
  it('names each person once, alphabetically', async () => {
    await setUp();
    const named = [...new Set((await list()).items.map((e) => e.actor))].sort();
    expect(named).toContain('Wang');
    expect(await t.ok('actors.list', {})).toEqual({ actors: named });
  });
});
