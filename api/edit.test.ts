/**
 * Correcting after creation, through dispatch: a listing's fields (and the dates that
 * move in each of its cases), listings added to and removed from an open case, the
 * assignee. A logged authority event refuses what would contradict it, naming it; a
 * refused call writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from './contract';
import { COMPANY, samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** The SAMR case of api/testing: listed 2024-06-03, may apply from 2025-06-04. */
const SAMR = {
  regimeId: 'samr-serious-list',
  authority: '杭州市市场监督管理局',
  decisionNo: '杭市监严〔2024〕8号',
  decisionDate: '2024-05-20',
  listingDate: '2024-06-03',
} as const;
const GENERAL = {
  regimeId: 'cc-penalty-general',
  authority: '杭州市发展和改革委员会',
  decisionNo: '杭发改罚〔2025〕2号',
  decisionDate: '2025-02-10',
} as const;

async function setUp() {
  t = testBackend();
  const c = await samrCase(t);
  return { caseId: c.id, clientId: c.clientId, listingId: c.listings[0]!.id };
}

/** Filed online on 2026-01-05, documents to follow (a written reason lets it through). */
const fileOn = (caseId: number, date = '2026-01-05') =>
  t.ok('events.add', {
    caseId,
    type: 'filed',
    date,
    channel: 'online',
    overrideReason: 'Documents follow by post',
  });

/** Calls a channel expecting a refusal; checks that nothing was written. */
async function refused(channel: Channel, input: unknown, lang: 'en' | 'zh' = 'en') {
  const before = t.snapshot();
  const r = await t.backend.dispatch(channel, input, { lang });
  expect(r.ok).toBe(false);
  expect(t.snapshot()).toBe(before);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

const moved = (
  dates: { kind: string; before: { date: string } | null; after: { date: string } | null }[],
  kind: string,
) => dates.find((d) => d.kind === kind);

describe('listings.update', () => {
  it('moves "May apply from" by the days the listing date moved, in every case, and logs it', async () => {
    const { caseId, listingId } = await setUp();
    const saved = await t.ok('listings.update', {
      id: listingId,
      ...SAMR,
      listingDate: '2024-06-13',
    });
    expect(saved.listing.listingDate).toBe('2024-06-13');
    expect(saved.moved).toHaveLength(1);
    expect(saved.moved[0]).toMatchObject({
      caseId,
      clientName: COMPANY.name,
      listings: [{ id: listingId, regimeId: 'samr-serious-list', decisionNo: SAMR.decisionNo }],
    });
    expect(moved(saved.moved[0]!.dates, 'mayApplyFrom')).toMatchObject({
      listingId,
      before: { date: '2025-06-04', provisional: false },
      after: { date: '2025-06-14', provisional: false },
    });
    expect(moved(saved.moved[0]!.dates, 'automaticEnd')).toMatchObject({
      before: { date: '2027-06-03' },
      after: { date: '2027-06-13' },
    });

    const detail = await t.ok('cases.get', { id: caseId });
    expect(detail.evaluation.dates.find((d) => d.kind === 'mayApplyFrom')?.date).toBe('2025-06-14');
    const entry = detail.history[0]!;
    expect(entry).toMatchObject({ entity: 'listing', entityId: listingId, action: 'update' });
    expect(entry.before).toMatchObject({ listingDate: '2024-06-03' });
    expect(entry.after).toMatchObject({ listingDate: '2024-06-13', moved: saved.moved });
  });

  it('answers for each case the listing belongs to', async () => {
    const { caseId, clientId, listingId } = await setUp();
    const other = await t.ok('cases.create', { clientId, listingIds: [listingId] });
    const saved = await t.ok('listings.update', {
      id: listingId,
      ...SAMR,
      listingDate: '2024-06-13',
    });
    expect(saved.moved.map((m) => m.caseId)).toEqual([caseId, other.id]);
    for (const m of saved.moved)
      expect(moved(m.dates, 'mayApplyFrom')?.after?.date).toBe('2025-06-14');
  });

  it('answers with no moved dates when no date changed', async () => {
    const { listingId } = await setUp();
    const saved = await t.ok('listings.update', { id: listingId, ...SAMR, reason: 'Typo fixed' });
    expect(saved.moved[0]!.dates).toEqual([]);
    expect(saved.listing.reason).toBe('Typo fixed');
  });

  it('refuses dates out of order at the later field and writes nothing', async () => {
    const { listingId } = await setUp();
    const error = await refused('listings.update', {
      id: listingId,
      ...SAMR,
      decisionDate: '2024-06-10',
    });
    expect(error).toMatchObject({ code: 'invalid', field: 'listingDate' });
    expect(error.message).toContain('before the decision date (2024-06-10)');
  });

  it('refuses a date that would put a logged filing before the listing, naming the filing', async () => {
    const { caseId, listingId } = await setUp();
    await fileOn(caseId);
    const input = { id: listingId, ...SAMR, listingDate: '2026-01-10' };
    const error = await refused('listings.update', input);
    expect(error).toMatchObject({ code: 'conflict', field: 'listingDate' });
    expect(error.message).toBe(
      'With the listing date 2026-01-10, the listing would stand complete only after the logged event “Filed” of 2026-01-05, and no authority event can come before a listing of its case. Enter a listing date on or before 2026-01-05, or correct that event first.',
    );
    const zh = await refused('listings.update', input, 'zh');
    expect(zh.message).toContain('“已提交”（2026-01-05）');
    expect(zh.message).toContain('列入日期');
    // On the filing day itself the listing is complete: accepted.
    await t.ok('listings.update', { ...input, listingDate: '2026-01-05' });
  });

  it('names the publication date when that is the date that moved past the event', async () => {
    const { caseId, listingId } = await setUp();
    await fileOn(caseId);
    const error = await refused('listings.update', {
      id: listingId,
      ...SAMR,
      publicationDate: '2026-02-01',
    });
    expect(error.field).toBe('publicationDate');
    expect(error.message).toContain('With the publication date 2026-02-01');
  });
});

describe('cases.addListing', () => {
  it('adds a new listing: the case shows its dates, the dates moved and the history entry', async () => {
    const { caseId, clientId } = await setUp();
    const { detail, moved: m } = await t.ok('cases.addListing', { caseId, listing: GENERAL });
    expect(detail.listingCount).toBe(2);
    const added = detail.listings.find((l) => l.decisionNo === GENERAL.decisionNo)!;
    expect(added.clientId).toBe(clientId);
    // Credit China general: three months after the decision, may apply from 2025-05-11.
    expect(moved(m.dates, 'mayApplyFrom')).toMatchObject({
      listingId: added.id,
      before: null,
      after: { date: '2025-05-11' },
    });
    expect(m.listings).toEqual([
      { id: added.id, regimeId: 'cc-penalty-general', decisionNo: GENERAL.decisionNo },
    ]);
    const [entry, created] = detail.history;
    expect(entry).toMatchObject({
      entity: 'case',
      entityId: caseId,
      action: 'update',
      before: { caseListing: null },
      after: { caseListing: { id: added.id }, moved: m },
    });
    expect(created).toMatchObject({ entity: 'listing', entityId: added.id, action: 'create' });
  });

  it('adds an existing listing of the same client', async () => {
    const { caseId, clientId } = await setUp();
    const listing = await t.ok('listings.create', { ...GENERAL, clientId });
    const { detail } = await t.ok('cases.addListing', { caseId, listingId: listing.id });
    expect(detail.listings.map((l) => l.id)).toContain(listing.id);
    const again = await refused('cases.addListing', { caseId, listingId: listing.id });
    expect(again).toMatchObject({ code: 'conflict', field: 'listingId' });
    expect(again.message).toContain('is already in this case');
  });

  it('refuses a listing of another client, an unknown listing and bad input', async () => {
    const { caseId } = await setUp();
    const other = await t.ok('clients.create', {
      kind: 'company',
      name: '另一家公司',
      idNumber: '91330100716105852F',
    });
    const foreign = await t.ok('listings.create', { ...GENERAL, clientId: other.id });
    const theirs = await refused('cases.addListing', { caseId, listingId: foreign.id });
    expect(theirs).toMatchObject({ code: 'conflict', field: 'listingId' });
    // Named by regime and decision number, never by an internal id.
    expect(theirs.message).toContain(
      'Credit China administrative penalty, general 杭发改罚〔2025〕2号 belongs to another client',
    );
    expect(await refused('cases.addListing', { caseId, listingId: 999 })).toMatchObject({
      code: 'not_found',
    });
    expect(await refused('cases.addListing', { caseId })).toMatchObject({
      code: 'invalid',
      field: 'listingId',
    });
    const order = await refused('cases.addListing', {
      caseId,
      listing: { ...GENERAL, publicationDate: '2025-02-01' },
    });
    expect(order).toMatchObject({ code: 'invalid', field: 'listing.publicationDate' });
  });

  it('refuses a listing dated after a logged event, naming the event', async () => {
    const { caseId, clientId } = await setUp();
    await fileOn(caseId);
    const late = { ...GENERAL, decisionDate: '2026-02-10' };
    const error = await refused('cases.addListing', { caseId, listing: late });
    expect(error).toMatchObject({ code: 'conflict', field: 'listing.decisionDate' });
    expect(error.message).toContain('after the logged event “Filed” of 2026-01-05');
    expect(error.message).toContain(
      'Credit China administrative penalty, general 杭发改罚〔2025〕2号',
    );

    const existing = await t.ok('listings.create', { ...late, clientId });
    expect(await refused('cases.addListing', { caseId, listingId: existing.id })).toMatchObject({
      code: 'conflict',
      field: 'listingId',
    });
    // Dated before the filing, a listing may still join (the authority had it listed).
    await t.ok('cases.addListing', { caseId, listing: GENERAL });
  });

  it('refuses a closed or archived case', async () => {
    const { caseId, clientId } = await setUp();
    await fileOn(caseId);
    await t.ok('events.add', { caseId, type: 'withdrawn', date: '2026-01-06', reason: 'Client' });
    await t.ok('events.add', { caseId, type: 'closed', date: '2026-01-07' });
    const closed = await refused('cases.addListing', { caseId, listing: GENERAL });
    expect(closed.message).toContain('The case is closed');

    const second = await t.ok('cases.create', { clientId, listings: [GENERAL] });
    await t.ok('cases.archive', { id: second.id });
    expect(
      await refused('cases.addListing', { caseId: second.id, listing: GENERAL }),
    ).toMatchObject({ code: 'conflict' });
  });
});

describe('cases.removeListing', () => {
  it('takes a listing out of the case; it stays with its client', async () => {
    const { caseId, clientId, listingId } = await setUp();
    const { detail: two } = await t.ok('cases.addListing', { caseId, listing: GENERAL });
    const added = two.listings.find((l) => l.id !== listingId)!;
    const { detail, moved: m } = await t.ok('cases.removeListing', { caseId, listingId: added.id });
    expect(detail.listings.map((l) => l.id)).toEqual([listingId]);
    expect(moved(m.dates, 'mayApplyFrom')).toMatchObject({
      listingId: added.id,
      before: { date: '2025-05-11' },
      after: null,
    });
    expect(detail.history[0]).toMatchObject({
      before: { caseListing: { id: added.id } },
      after: { caseListing: null },
    });
    const client = await t.ok('clients.get', { id: clientId });
    expect(client.listings.map((l) => l.id)).toContain(added.id);
    expect(await t.ok('listings.get', { id: added.id })).toMatchObject({ archivedAt: null });
  });

  it('never removes the last listing', async () => {
    const { caseId, listingId } = await setUp();
    const error = await refused('cases.removeListing', { caseId, listingId });
    expect(error).toMatchObject({ code: 'conflict', field: 'listingId' });
    expect(error.message).toContain('is the only listing of this case');
  });

  it('refuses once authority events are logged, naming the first one', async () => {
    const { caseId, listingId } = await setUp();
    await t.ok('cases.addListing', { caseId, listing: GENERAL });
    await fileOn(caseId);
    await t.ok('events.add', { caseId, type: 'accepted', date: '2026-01-07' });
    const error = await refused('cases.removeListing', { caseId, listingId });
    expect(error.message).toContain('the first is “Filed” of 2026-01-05');
    const zh = await refused('cases.removeListing', { caseId, listingId }, 'zh');
    expect(zh.message).toContain('第一件为“已提交”，2026-01-05');
  });

  it('refuses a listing that is not in the case', async () => {
    const { caseId, clientId } = await setUp();
    const loose = await t.ok('listings.create', { ...GENERAL, clientId });
    expect(await refused('cases.removeListing', { caseId, listingId: loose.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('is not in this case'),
    });
  });
});

describe('cases.update', () => {
  it('changes the assignee and logs before → after', async () => {
    const { caseId } = await setUp();
    const detail = await t.ok('cases.update', { id: caseId, assignee: '李娜' });
    expect(detail.assignee).toBe('李娜');
    expect(detail.notes).toBe('');
    expect(detail.history[0]).toMatchObject({
      entity: 'case',
      action: 'update',
      before: { assignee: '' },
      after: { assignee: '李娜' },
    });
    expect((await t.ok('cases.update', { id: caseId, assignee: '王五' })).assignee).toBe('王五');
  });

  it('refuses a too long assignee and an archived case', async () => {
    const { caseId } = await setUp();
    expect(await refused('cases.update', { id: caseId, assignee: 'x'.repeat(101) })).toMatchObject({
      code: 'invalid',
      field: 'assignee',
    });
    await t.ok('cases.archive', { id: caseId });
    expect(await refused('cases.update', { id: caseId, assignee: '李娜' })).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('clients.update', () => {
  it('changes every field and logs it where the client’s cases show their history', async () => {
    const { caseId, clientId } = await setUp();
    const changed = {
      id: clientId,
      kind: 'person' as const,
      name: '张三',
      idNumber: '11010519491231002X',
      address: '杭州市西湖区文三路 1 号',
      legalRep: '张三',
      contacts: [{ name: '李四', role: '财务', phone: '0571-88888888', email: 'li@example.com' }],
    };
    // A person has no legal representative: what was typed for one is not kept.
    expect(await t.ok('clients.update', changed)).toMatchObject({ ...changed, legalRep: '' });
    const client = await t.ok('clients.get', { id: clientId });
    expect(client.history[0]).toMatchObject({
      entity: 'client',
      action: 'update',
      before: { kind: 'company', name: COMPANY.name },
      after: { kind: 'person', name: '张三', contacts: changed.contacts },
    });
    const detail = await t.ok('cases.get', { id: caseId });
    expect(detail.history[0]).toMatchObject({ entity: 'client', entityId: clientId });
  });
});
