/**
 * Demo data (issue 12, part 5): loaded through the channels typed input takes, so every
 * Received document has a stored file and every event its history entry; removed exactly,
 * in one transaction with a history entry, leaving the user's own records and an intact
 * history chain.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../core/types';
import { PDFDocument } from 'pdf-lib';
import {
  chainState,
  COMPANY,
  samrCase,
  storedFiles,
  testBackend,
  upload,
  type TestBackend,
} from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

async function demoCaseDetails(): Promise<CaseDetail[]> {
  const listed = await t.ok('cases.list', { sort: 'client', direction: 'asc' });
  return Promise.all(listed.items.map((c) => t.ok('cases.get', { id: c.id })));
}

const byName = (cases: CaseDetail[], name: string) => cases.find((c) => c.client.name === name)!;

describe('demo.load', () => {
  it('builds the demo through the channels: a realistic mix of stages, counted from today', async () => {
    t = testBackend();
    expect(await t.ok('demo.load', {})).toEqual({ clients: 6, cases: 6 });
    const cases = await demoCaseDetails();
    // Waiting out its year; eligible and collecting documents (preparing); …
    expect(Object.fromEntries(cases.map((c) => [c.client.name, c.stage]))).toEqual({
      'Shanghai Lumen Trading Co., Ltd.': 'accepted',
      刘建华: 'accepted',
      北京华信科技发展有限公司: 'repaired',
      成都锦江建设工程有限公司: 'preparing',
      杭州青禾食品有限公司: 'waiting',
      深圳市远航物流有限公司: 'preparing',
    });
    const summary = await t.ok('dashboard.summary', {});
    // One overdue decision (the court's); Shanghai Lumen's decision due within days.
    expect(summary.overdue.map((d) => d.clientName)).toEqual(['刘建华']);
    expect(summary.dueSoon.map((d) => [d.clientName, d.kind])).toContainEqual([
      'Shanghai Lumen Trading Co., Ltd.',
      'decisionDue',
    ]);
    // The waiting case may apply in about two months.
    expect(summary.eligible90.map((d) => d.clientName)).toEqual(['杭州青禾食品有限公司']);
  });

  it('gives every Received document a stored file and every event its history entry', async () => {
    t = testBackend();
    await t.ok('demo.load', {});
    const cases = await demoCaseDetails();
    const received = cases.flatMap((c) => c.checklist.filter((i) => i.status === 'received'));
    expect(received.length).toBeGreaterThan(5);
    const stored = storedFiles(t);
    for (const item of received) {
      expect(item.files.length, item.documentId).toBe(1);
      const file = item.files[0]!;
      expect(stored).toContain(file.sha256);
      const read = await t.ok('files.read', { id: file.id });
      expect(Buffer.from(read.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }
    for (const c of cases) {
      for (const event of c.events) {
        const logged = c.history.filter(
          (h) => (h.after as { event?: { id: number } } | null)?.event?.id === event.id,
        );
        expect(logged, `${c.client.name} ${event.type}`).toHaveLength(1);
      }
    }
    const lumen = byName(cases, 'Shanghai Lumen Trading Co., Ltd.');
    expect(lumen.events.map((e) => e.type)).toEqual(['filed', 'accepted']);
    expect(lumen.checklist.every((i) => !i.required || i.files.length === 1)).toBe(true);
  });

  it('is refused, writing nothing, when loaded twice or into a folder with data', async () => {
    t = testBackend();
    await t.ok('demo.load', {});
    let before = t.snapshot();
    const again = await t.backend.dispatch('demo.load', {}, { lang: 'en' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('loaded already') },
    });
    expect(t.snapshot()).toBe(before);

    t.backend.close();
    t = testBackend();
    await t.ok('clients.create', COMPANY);
    before = t.snapshot();
    const refused = await t.backend.dispatch('demo.load', {}, { lang: 'zh' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('空的数据文件夹') },
    });
    expect(t.snapshot()).toBe(before);
  });
});

describe('demo.remove', () => {
  it('removes exactly the demo: counts back to zero, files gone, history chain intact', async () => {
    t = testBackend();
    await t.ok('demo.load', {});
    expect(storedFiles(t).length).toBeGreaterThan(0);
    const historyBefore = (await t.ok('history.list', {})).items.length;
    expect(await t.ok('demo.status', {})).toMatchObject({ present: true, clients: 6, cases: 6 });

    const removed = await t.ok('demo.remove', {});
    expect(removed).toMatchObject({ present: false, clients: 6, cases: 6, kept: [] });
    const summary = await t.ok('dashboard.summary', {});
    expect([summary.clients, summary.cases, summary.openCases]).toEqual([0, 0, 0]);
    expect((await t.ok('clients.list', { archived: true })).items).toEqual([]);
    expect((await t.ok('listings.list', { includeArchived: true })).items).toEqual([]);
    expect(storedFiles(t)).toEqual([]);
    expect(existsSync(join(t.dir, 'files'))).toBe(true);
    // The history keeps every entry and adds the removal's.
    const history = (await t.ok('history.list', {})).items;
    expect(history.length).toBeGreaterThan(historyBefore);
    expect(history[0]).toMatchObject({ entity: 'settings', action: 'update' });
    expect(await chainState(t.dir)).toBe('intact');
    // A new client gets an id of its own, with none of the removed demo's history.
    const mine = await t.ok('clients.create', COMPANY);
    expect(mine.id).toBeGreaterThan(6);
    expect((await t.ok('clients.get', { id: mine.id })).history).toHaveLength(1);
    const fresh = await samrCase(t, { ...COMPANY, idNumber: '91330100716105852F' });
    expect(fresh.id).toBeGreaterThan(6);
    expect(fresh.listings[0]!.id).toBeGreaterThan(6);
    const own = (await t.ok('cases.get', { id: fresh.id })).history;
    expect(own.every((h) => h.at >= fresh.client.createdAt)).toBe(true);
    expect(await t.ok('demo.status', {})).toMatchObject({ present: false });
  });

  it('may be loaded again once removed', async () => {
    t = testBackend();
    await t.ok('demo.load', {});
    await t.ok('demo.remove', {});
    // The folder is empty again: the demo may be loaded anew.
    expect(await t.ok('demo.load', {})).toEqual({ clients: 6, cases: 6 });
  });

  it('keeps the user’s own client, and a demo client the user made their own', async () => {
    t = testBackend();
    await t.ok('demo.load', {});
    const own = await samrCase(t);
    const cases = await demoCaseDetails();
    const lumen = byName(cases, 'Shanghai Lumen Trading Co., Ltd.');
    const qinghe = byName(cases, '杭州青禾食品有限公司');
    // A case of the user's under a demo client: that client is theirs now.
    await t.ok('cases.create', { clientId: qinghe.clientId, listingIds: [qinghe.listings[0]!.id] });

    const status = await t.ok('demo.status', {});
    expect(status).toMatchObject({ present: true, clients: 5, cases: 5 });
    expect(status.kept).toEqual([
      { id: qinghe.clientId, name: '杭州青禾食品有限公司', reasons: ['ownCase'] },
    ]);
    await t.ok('demo.remove', {});
    const left = (await t.ok('cases.list', { sort: 'client', direction: 'asc' })).items;
    expect(left.map((c) => c.clientName).sort()).toEqual(
      [COMPANY.name, '杭州青禾食品有限公司', '杭州青禾食品有限公司'].sort(),
    );
    expect((await t.ok('cases.get', { id: own.id })).client.name).toBe(COMPANY.name);
    expect(
      (await t.ok('clients.get', { id: lumen.clientId }).catch(() => null)) ?? null,
    ).toBeNull();
    expect(await chainState(t.dir)).toBe('intact');
    // What was kept is no demo data any more.
    expect(await t.ok('demo.status', {})).toMatchObject({ present: false });
  });

  it('counts the user’s files on demo cases, which go with them; an edited demo client is kept', async () => {
    t = testBackend();
    await t.ok('demo.load', {});
    const cases = await demoCaseDetails();
    const yuanhang = byName(cases, '深圳市远航物流有限公司');
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const item = yuanhang.checklist[0]!.documentId;
    await upload(t, yuanhang.id, item, 'proof.pdf', 'application/pdf', await pdf.save());
    const lumen = byName(cases, 'Shanghai Lumen Trading Co., Ltd.');
    await t.ok('clients.update', { ...lumen.client, id: lumen.clientId, address: 'Changed' });
    const status = await t.ok('demo.status', {});
    expect(status.kept).toEqual([
      { id: lumen.clientId, name: lumen.client.name, reasons: ['edited'] },
    ]);
    expect(status).toMatchObject({ clients: 5, cases: 5, userAdded: { events: 0, files: 1 } });
    await t.ok('demo.remove', {});
    // The user's file went with the demo case it was attached to; Lumen's files stay.
    expect(storedFiles(t).sort()).toEqual(
      lumen.checklist.flatMap((i) => i.files.map((f) => f.sha256)).sort(),
    );
  });

  it('refuses when there is no demo data, writing nothing', async () => {
    t = testBackend();
    await samrCase(t);
    const before = t.snapshot();
    const r = await t.backend.dispatch('demo.remove', {}, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(r.ok ? '' : r.error.message).toContain('no demo data');
    expect(t.snapshot()).toBe(before);
  });
});
