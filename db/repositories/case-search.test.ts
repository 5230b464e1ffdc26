/**
 * The case search index (migration 0006): every field a user remembers finds the case,
 * and the triggers keep the index in step with every table that feeds it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findKit, type FindKit } from '../test/find-kit';

let k: FindKit;
beforeEach(() => {
  k = findKit();
});
afterEach(() => k.db.close());

const row = (caseId: number) =>
  k.db.prepare('SELECT * FROM case_search WHERE rowid = :caseId').get({ caseId });

describe('case search: each field', () => {
  let a: number;
  let b: number;
  beforeEach(() => {
    const hz = k.client('杭州青禾食品有限公司', 1);
    const bj = k.client('北京华信科技发展有限公司', 2);
    a = k.kase(hz, {
      decisionNos: ['杭市监严〔2025〕12号'],
      authority: '杭州市市场监督管理局',
      assignee: '李娜',
      notes: 'Client prefers calls after 3 pm',
    });
    b = k.kase(bj, {
      decisionNos: ['京朝税罚〔2024〕77号', 'B-2024-0031'],
      authority: '北京市朝阳区税务局',
      assignee: 'Wang Fang',
      notes: '罚款已缴清',
    });
    k.repos.events.insert({
      caseId: b,
      type: 'filed',
      date: '2026-03-02',
      data: { channel: 'online', reference: 'XYZC-2026-00815', overrideReason: '' },
      actor: 'me',
    });
    k.repos.events.insert({
      caseId: a,
      type: 'decided',
      date: '2026-04-01',
      data: { outcome: 'repaired', reasons: '', decisionNo: '杭市监修〔2026〕3号' },
      actor: 'me',
    });
  });

  it.each([
    ['client name', '青禾食品', () => [a]],
    ['code, any case', '91350100m000002', () => [b]],
    ['authority', '朝阳区税务', () => [b]],
    ['a listing decision number', '京朝税罚〔2024〕77', () => [b]],
    ['a second listing decision number', 'b-2024-0031', () => [b]],
    ['the decision number of a decided event', '杭市监修〔2026〕3号', () => [a]],
    ['the filing reference', 'XYZC-2026', () => [b]],
    ['assignee', 'wang fang', () => [b]],
    ['notes', 'calls after', () => [a]],
    ['a 2-character Chinese fragment (LIKE)', '北京', () => [b]],
    ['a 2-character fragment that both contain', '有限', () => [a, b]],
    ['a 3+ character Chinese fragment (MATCH)', '华信科技', () => [b]],
    ['terms in different fields, all required', '李娜 青禾', () => [a]],
    ['a short and a long term together', '李娜 杭州市', () => [a]],
  ])('finds a case by %s', (_what, search, expected) => {
    expect(k.found(search)).toEqual(expected());
  });

  it('finds nothing when one term matches nothing', () => {
    expect(k.found('青禾 nowhere')).toEqual([]);
    expect(k.found('青禾 无')).toEqual([]);
  });

  it.each([
    '"',
    '""',
    '"青禾',
    '青禾"',
    '*',
    '青禾*',
    '-',
    '-青禾',
    'AND',
    'OR 青禾',
    'NOT',
    'NEAR(',
    '^',
    'client:青禾',
    '(青禾)',
    '%',
    '_',
    '\\',
    "'; DROP TABLE cases; --",
  ])('reads %j as text, never as query syntax', (search) => {
    expect(() => k.found(search)).not.toThrow();
  });

  it('matches FTS and LIKE special characters literally', () => {
    const c = k.client('Alpha "Quoted" 50%_Co', 9);
    const id = k.kase(c, { notes: 'AND-OR*NOT' });
    expect(k.found('"Quoted"')).toEqual([id]);
    expect(k.found('50%')).toEqual([id]);
    expect(k.found('%_')).toEqual([id]);
    expect(k.found('AND-OR*')).toEqual([id]);
    expect(k.found('%')).toEqual([id]);
    expect(k.found('NOT')).toEqual([id]);
  });

  it('searches the archived view separately', () => {
    k.repos.cases.archive(a);
    expect(k.found('青禾')).toEqual([]);
    expect(k.found('青禾', true)).toEqual([a]);
    expect(k.found('', true)).toEqual([a]);
  });
});

describe('case search: triggers keep the index in step', () => {
  it('indexes a new case, its listings and its client', () => {
    const c = k.client('上海明远贸易有限公司', 3);
    const id = k.kase(c, { decisionNos: ['沪市监〔2025〕5号'], assignee: '张伟' });
    expect(row(id)).toMatchObject({
      client: '上海明远贸易有限公司',
      decision_no: '沪市监〔2025〕5号',
      assignee: '张伟',
    });
  });

  it('renaming a client: found by the new name, not the old', () => {
    const c = k.client('Old Name Trading', 4);
    const id = k.kase(c);
    const client = k.repos.clients.get(c)!;
    k.repos.clients.update(c, { ...client, name: 'New Horizon Trading' });
    expect(k.found('Old Name')).toEqual([]);
    expect(k.found('Horizon')).toEqual([id]);
  });

  it("changing a listing's decision number or authority", () => {
    const c = k.client('Listing Change Co', 5);
    const id = k.kase(c, { decisionNos: ['OLD-111'] });
    const listing = k.repos.listings.forCase(id)[0]!;
    k.repos.listings.update(listing.id, {
      regimeId: listing.regimeId,
      authority: '宁波市市场监督管理局',
      decisionNo: 'NEW-222',
      decisionDate: listing.decisionDate,
      listingDate: listing.listingDate,
      publicationDate: '',
      reason: '',
      penaltyAmount: '',
      penaltyPaid: false,
    });
    expect(k.found('OLD-111')).toEqual([]);
    expect(k.found('NEW-222')).toEqual([id]);
    expect(k.found('宁波')).toEqual([id]);
  });

  it('a listing added to and removed from a case (unlinked or archived)', () => {
    const c = k.client('Link Co', 6);
    const id = k.kase(c, { decisionNos: ['FIRST-1'] });
    const extra = k.repos.listings.insert(c, {
      regimeId: 'cc-penalty-general',
      authority: '温州市生态环境局',
      decisionNo: 'ADDED-9',
      decisionDate: '2025-02-01',
      listingDate: '',
      publicationDate: '',
      reason: '',
      penaltyAmount: '',
      penaltyPaid: false,
    });
    expect(k.found('ADDED-9')).toEqual([]);
    k.db
      .prepare('INSERT INTO case_listings (case_id, listing_id) VALUES (:id, :listingId)')
      .run({ id, listingId: extra.id });
    expect(k.found('ADDED-9')).toEqual([id]);
    expect(k.found('温州')).toEqual([id]);
    k.db
      .prepare('DELETE FROM case_listings WHERE case_id = :id AND listing_id = :listingId')
      .run({ id, listingId: extra.id });
    expect(k.found('ADDED-9')).toEqual([]);
    const first = k.repos.listings.forCase(id)[0]!;
    k.repos.listings.archive(first.id);
    expect(k.found('FIRST-1')).toEqual([]);
  });

  it("an event's filing reference and decision number: added, changed, deleted", () => {
    const c = k.client('Event Co', 7);
    const id = k.kase(c);
    const filed = k.repos.events.insert({
      caseId: id,
      type: 'filed',
      date: '2026-01-05',
      data: { channel: 'post', reference: 'REF-OLD-1', overrideReason: '' },
      actor: 'me',
    });
    expect(k.found('REF-OLD')).toEqual([id]);
    k.repos.events.update(filed.id, {
      type: 'filed',
      date: '2026-01-05',
      data: { channel: 'post', reference: 'REF-NEW-2', overrideReason: '' },
    });
    expect(k.found('REF-OLD')).toEqual([]);
    expect(k.found('REF-NEW')).toEqual([id]);
    const decided = k.repos.events.insert({
      caseId: id,
      type: 'decided',
      date: '2026-02-01',
      data: { outcome: 'refused', reasons: 'x', decisionNo: '不予修复〔2026〕8号' },
      actor: 'me',
    });
    expect(k.found('不予修复')).toEqual([id]);
    k.repos.events.delete(decided.id);
    k.repos.events.delete(filed.id);
    expect(k.found('不予修复')).toEqual([]);
    expect(k.found('REF-NEW')).toEqual([]);
  });

  it('notes and assignee', () => {
    const c = k.client('Notes Co', 8);
    const id = k.kase(c, { notes: 'first note', assignee: 'Zhao' });
    k.repos.cases.update(id, { notes: 'second thought', assignee: '钱多多' });
    expect(k.found('first note')).toEqual([]);
    expect(k.found('Zhao')).toEqual([]);
    expect(k.found('second thought')).toEqual([id]);
    expect(k.found('钱多多')).toEqual([id]);
    expect(k.found('多多')).toEqual([id]);
  });

  it('holds one row per case, however often it changes', () => {
    const c = k.client('Churn Co', 10);
    const id = k.kase(c, { decisionNos: ['A-1', 'A-2'] });
    for (let i = 0; i < 5; i++) k.repos.cases.update(id, { notes: `note ${i}` });
    const count = k.db.prepare('SELECT count(*) AS n FROM case_search').get() as { n: number };
    expect(count.n).toBe(1);
    const integrity = () =>
      k.db.prepare("INSERT INTO case_search (case_search) VALUES ('integrity-check')").run();
    expect(integrity).not.toThrow();
  });
});
