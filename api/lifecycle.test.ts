import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from './dispatch';
import { COMPANY, samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

async function receiveAll(caseId: number) {
  const c = await t.ok('cases.get', { id: caseId });
  for (const item of c.checklist) {
    await t.ok('documents.set', {
      caseId,
      documentId: item.documentId,
      status: 'received',
      note: '',
    });
  }
  return t.ok('cases.get', { id: caseId });
}

/** Documents in, filed online on Monday 2026-01-05: acceptance was due 2026-01-07. */
async function filedCase() {
  const c = await receiveAll((await samrCase(t)).id);
  return t.ok('events.add', { caseId: c.id, type: 'filed', date: '2026-01-05', channel: 'online' });
}

const due = (
  c: { evaluation: { dates: { kind: string; date: string; status: string }[] } },
  kind: string,
) => c.evaluation.dates.find((d) => d.kind === kind);

describe('a case carried through its lifecycle by dated events', () => {
  it('moves from preparing to repaired, recomputing its deadlines at each step', async () => {
    t = testBackend();
    const created = await samrCase(t);
    expect(created.stage).toBe('preparing');
    expect(created.readiness.ready).toBe(false);
    expect(created.checklist.map((d) => d.documentId)).toContain('integrity-commitment-letter');

    const ready = await receiveAll(created.id);
    expect(ready.stage).toBe('ready');

    const filed = await t.ok('events.add', {
      caseId: created.id,
      type: 'filed',
      date: '2026-01-05',
      channel: 'online',
      reference: 'XY-1',
    });
    expect(filed.stage).toBe('filed');
    // SAMR Order 107: accept within 2 working days of 2026-01-05 (a Monday).
    expect(due(filed, 'acceptanceDue')?.date).toBe('2026-01-07');

    const accepted = await t.ok('events.add', {
      caseId: created.id,
      type: 'accepted',
      date: '2026-01-07',
    });
    expect(accepted.stage).toBe('accepted');
    const firstDecision = due(accepted, 'decisionDue')!.date;

    const supplement = await t.ok('events.add', {
      caseId: created.id,
      type: 'supplementRequested',
      date: '2026-01-09',
      what: '营业执照副本',
    });
    expect(supplement.stage).toBe('supplement');
    const received = await t.ok('events.add', {
      caseId: created.id,
      type: 'materialsReceived',
      date: '2026-01-20',
    });
    expect(received.stage).toBe('accepted');
    // The decision clock restarts in full from the day the material arrived.
    expect(due(received, 'decisionDue')!.date > firstDecision).toBe(true);

    const decided = await t.ok('events.add', {
      caseId: created.id,
      type: 'decided',
      date: '2026-01-26',
      outcome: 'repaired',
      decisionNo: '杭市监信修〔2026〕4号',
      reasons: '',
    });
    expect(decided.stage).toBe('repaired');
    const closed = await t.ok('events.add', {
      caseId: created.id,
      type: 'closed',
      date: '2026-02-01',
    });
    expect(closed.stage).toBe('closed');
    expect(closed.events.map((e) => e.type)).toEqual([
      'filed',
      'accepted',
      'supplementRequested',
      'materialsReceived',
      'decided',
      'closed',
    ]);
  });

  it('asks for a written reason to file with documents missing, writes nothing without it, and logs it with it', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const before = t.snapshot();
    const refused = await t.backend.dispatch(
      'events.add',
      { caseId: c.id, type: 'filed', date: '2026-01-05', channel: 'inPerson' },
      { lang: 'en' },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'needs_override', field: 'overrideReason' },
    });
    expect(t.snapshot()).toBe(before);

    const filed = await t.ok('events.add', {
      caseId: c.id,
      type: 'filed',
      date: '2026-01-05',
      channel: 'inPerson',
      overrideReason: 'Client brings the licence to the counter.',
    });
    expect(filed.stage).toBe('filed');
    expect(filed.events[0]).toMatchObject({
      overrideReason: 'Client brings the licence to the counter.',
    });
    expect(filed.history[0]).toMatchObject({
      action: 'update',
      after: { override: 'documentsMissing' },
    });
  });

  it('refuses an event dated before the previous one and an illegal move, writing nothing', async () => {
    t = testBackend();
    const c = await filedCase();
    const before = t.snapshot();
    const early = await t.backend.dispatch(
      'events.add',
      { caseId: c.id, type: 'accepted', date: '2026-01-02' },
      { lang: 'zh' },
    );
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict', field: 'date' } });
    const illegal = await t.backend.dispatch(
      'events.add',
      { caseId: c.id, type: 'materialsReceived', date: '2026-01-06' },
      { lang: 'en' },
    );
    expect(illegal).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Filed') },
    });
    const future = await t.backend.dispatch(
      'events.add',
      { caseId: c.id, type: 'accepted', date: '2999-01-01' },
      { lang: 'en' },
    );
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid', field: 'date' } });
    expect(t.snapshot()).toBe(before);
  });

  it('keeps edits and deletions of events in the history', async () => {
    t = testBackend();
    const c = await receiveAll((await samrCase(t)).id);
    const filed = await t.ok('events.add', {
      caseId: c.id,
      type: 'filed',
      date: '2026-01-05',
      channel: 'online',
    });
    const id = filed.events[0]!.id;
    const edited = await t.ok('events.update', {
      id,
      type: 'filed',
      date: '2026-01-06',
      channel: 'post',
      reference: 'EMS 123',
    });
    expect(edited.history[0]).toMatchObject({
      before: { event: { date: '2026-01-05' } },
      after: { event: { date: '2026-01-06' } },
    });
    const removed = await t.ok('events.delete', { id, reason: 'Logged on the wrong case.' });
    expect(removed.events).toEqual([]);
    expect(removed.stage).toBe('ready');
    expect(removed.history[0]).toMatchObject({
      before: { event: { id } },
      after: { event: null, reason: 'Logged on the wrong case.' },
    });
  });
});

describe('dashboard, reviewer queue, agenda and reminders', () => {
  it('puts an overdue acceptance on the dashboard and at the top of the queue', async () => {
    t = testBackend();
    const c = await filedCase();
    const summary = await t.ok('dashboard.summary', {});
    expect(summary.overdueCount).toBe(1);
    // The navigation's badge counts the same, from its own one-count channel.
    expect(await t.ok('badge.get', {})).toEqual({ overdueCount: 1 });
    expect(summary.overdue[0]).toMatchObject({
      caseId: c.id,
      kind: 'acceptanceDue',
      date: '2026-01-07',
      unit: 'working',
    });
    const queue = await t.ok('queue.list', {});
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      caseId: c.id,
      kind: 'acceptanceDue',
      status: 'overdue',
      regimeId: 'samr-serious-list',
      authority: '杭州市市场监督管理局',
    });
    expect(queue.items[0]!.daysLeft).toBeLessThan(0);
  });

  it('keeps a case whose clock a supplement request stopped in the queue, marked stopped', async () => {
    t = testBackend();
    const c = await filedCase();
    await t.ok('events.add', { caseId: c.id, type: 'accepted', date: '2026-01-07' });
    await t.ok('events.add', {
      caseId: c.id,
      type: 'supplementRequested',
      date: '2026-01-09',
      what: '营业执照副本',
    });
    const queue = await t.ok('queue.list', {});
    expect(queue.items).toMatchObject([
      { caseId: c.id, status: 'stopped', date: '2026-01-09', stage: 'supplement' },
    ]);
  });

  it('pages the queue: each case once, deadlines by date, then the stopped cases', async () => {
    t = testBackend();
    const client = await t.ok('clients.create', COMPANY);
    const ids: number[] = [];
    for (const [n, filed] of ['2026-01-07', '2026-01-05', '2026-01-06'].entries()) {
      const kase = await t.ok('cases.create', {
        clientId: client.id,
        listings: [
          {
            regimeId: 'samr-serious-list',
            authority: '杭州市市场监督管理局',
            decisionNo: `杭市监严〔2024〕${n + 1}号`,
            decisionDate: '2024-05-20',
            listingDate: '2024-06-03',
          },
        ],
      });
      await receiveAll(kase.id);
      await t.ok('events.add', { caseId: kase.id, type: 'filed', date: filed, channel: 'online' });
      ids.push(kase.id);
    }
    await t.ok('events.add', { caseId: ids[0]!, type: 'accepted', date: '2026-01-08' });
    await t.ok('events.add', {
      caseId: ids[0]!,
      type: 'supplementRequested',
      date: '2026-01-09',
      what: '营业执照副本',
    });
    const seen: { caseId: number; status: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.ok('queue.list', { limit: 1, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map(({ caseId, status }) => ({ caseId, status })));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([
      { caseId: ids[1], status: 'overdue' },
      { caseId: ids[2], status: 'overdue' },
      { caseId: ids[0], status: 'stopped' },
    ]);
    const all = await t.ok('queue.list', {});
    expect(all.items.map((i) => i.caseId)).toEqual([ids[1], ids[2], ids[0]]);
    expect(all.nextCursor).toBeNull();
  });

  it('exports the agenda as an .ics file with stable UIDs', async () => {
    t = testBackend();
    const client = await t.ok('clients.create', COMPANY);
    await t.ok('cases.create', {
      clientId: client.id,
      listings: [
        {
          regimeId: 'samr-serious-list',
          authority: 'SAMR',
          decisionNo: 'A',
          decisionDate: '2026-06-01',
          listingDate: '2026-06-03',
        },
      ],
    });
    const first = await t.ok('agenda.ics', {});
    const events = new ICAL.Component(ICAL.parse(first.content))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toContain('2027-06-04');
    expect(
      events.some(
        (e) => e.startDate.toString() === '2027-06-04' && /^May apply from — /.test(e.summary),
      ),
    ).toBe(true);
    const again = await t.ok('agenda.ics', {});
    const uids = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids(again.content)).toEqual(uids(first.content));
    expect((await t.ok('agenda.list', {})).items.length).toBe(events.length);
  });

  it('announces a date once, never again after a restart, and not at all when turned off', async () => {
    t = testBackend();
    const c = await filedCase();
    expect((await t.ok('reminders.poll', {})).items).toMatchObject([
      { caseId: c.id, status: 'overdue' },
    ]);
    expect((await t.ok('reminders.poll', {})).items).toEqual([]);
    t.backend.close();
    const restarted = createBackend({ dataDir: t.dir });
    expect(await restarted.dispatch('reminders.poll', {})).toEqual({
      ok: true,
      value: { items: [] },
    });
    restarted.close();

    t = testBackend();
    await filedCase();
    await t.ok('settings.update', { notifications: false });
    expect((await t.ok('reminders.poll', {})).items).toEqual([]);
  });
});
