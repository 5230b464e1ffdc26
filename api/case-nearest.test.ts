import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPANY, LISTING, testBackend, type TestBackend } from './testing';

let t: TestBackend;

// Tuesday 1 December 2026 in China.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T04:00:00Z'));
  t = testBackend();
});
afterEach(() => {
  t.backend.close();
  vi.useRealTimers();
});

describe('cases.get: the nearest date', () => {
  it('is the date the Cases list sorts by, with the working days left as the queue counts them', async () => {
    const client = await t.ok('clients.create', COMPANY);
    const created = await t.ok('cases.create', { clientId: client.id, listings: [LISTING] });
    const filed = await t.ok('events.add', {
      caseId: created.id,
      type: 'filed',
      date: '2026-11-02',
      channel: 'online',
      reference: '',
      overrideReason: 'Documents follow by post',
    });
    const acceptance = filed.evaluation.dates.find((d) => d.kind === 'acceptanceDue')!;
    expect(filed.nearest).toMatchObject({
      kind: 'acceptanceDue',
      date: acceptance.date,
      listingId: acceptance.listingId,
      unit: 'working',
      status: 'overdue',
    });
    expect(filed.nearest!.daysLeft).toBeLessThan(0);
    expect(await t.ok('cases.get', { id: created.id })).toMatchObject({ nearest: filed.nearest });

    const [summary] = (await t.ok('cases.list', {})).items;
    expect(summary!.nextDue).toBe(filed.nearest!.date);
    const [queued] = (await t.ok('queue.list', { limit: 10 })).items;
    expect(queued).toMatchObject({ date: filed.nearest!.date, daysLeft: filed.nearest!.daysLeft });
  });

  it('is none once nothing is ahead', async () => {
    const client = await t.ok('clients.create', COMPANY);
    const created = await t.ok('cases.create', { clientId: client.id, listings: [LISTING] });
    const withdrawn = await t.ok('events.add', {
      caseId: created.id,
      type: 'withdrawn',
      date: '2026-11-30',
      reason: 'The client gave up',
    });
    expect(withdrawn.stage).toBe('withdrawn');
    expect(withdrawn.nearest).toBeNull();
  });
});
