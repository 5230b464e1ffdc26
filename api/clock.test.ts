import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from './dispatch';
import { COMPANY, LISTING, testBackend, type TestBackend } from './testing';

let t: TestBackend;

/** The moment: 16:38 UTC on 30 November, already 1 December in China. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T16:38:00Z'));
  t = testBackend();
});
afterEach(() => {
  t.backend.close();
  vi.useRealTimers();
});

const todayOf = async () => (await t.ok('agenda.list', {})).today;

describe('the time zone of "today" is a setting', () => {
  it('defaults to China Standard Time, with reminders 3 days ahead', async () => {
    expect(await t.ok('settings.get', {})).toMatchObject({
      timeZone: 'Asia/Shanghai',
      icsReminderDays: 3,
    });
    expect(await todayOf()).toBe('2026-12-01');
  });

  it('moves today for every channel, its checks included, when the zone changes', async () => {
    const client = await t.ok('clients.create', COMPANY);
    // Still 30 November in UTC: a decision dated 1 December is in the future there.
    const listing = { ...LISTING, decisionDate: '2026-12-01', listingDate: '2026-12-01' };
    await t.ok('cases.create', { clientId: client.id, listings: [listing] });

    const saved = await t.ok('settings.update', { timeZone: 'UTC' });
    expect(saved.timeZone).toBe('UTC');
    expect(await todayOf()).toBe('2026-11-30');
    expect((await t.ok('dashboard.summary', {})).today).toBe('2026-11-30');
    const refused = await t.backend.dispatch(
      'cases.create',
      { clientId: client.id, listings: [listing] },
      { lang: 'en' },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'listings.0.decisionDate' },
    });

    await t.ok('settings.update', { timeZone: 'Pacific/Auckland' });
    expect(await todayOf()).toBe('2026-12-01');
  });

  it('keeps the zone across a restart', async () => {
    await t.ok('settings.update', { timeZone: 'America/New_York' });
    t.backend.close();
    // Another data folder opened meanwhile left its own (default) zone: opening this one
    // must set the zone again from its settings.
    createBackend({ dataDir: testBackend().dir }).close();
    const again = createBackend({ dataDir: t.dir });
    const r = await again.dispatch('agenda.list', {});
    expect(r).toMatchObject({ ok: true, value: { today: '2026-11-30' } });
    again.close();
    t = testBackend();
  });

  it('refuses a zone that is not an IANA zone, or reminder days out of range, writing nothing', async () => {
    const before = t.snapshot();
    for (const [input, field, message] of [
      [{ timeZone: 'China' }, 'timeZone', /Choose a time zone from the list/],
      [{ timeZone: 'GMT+8' }, 'timeZone', /Asia\/Shanghai/],
      [{ timeZone: 42 }, 'timeZone', /Choose a time zone/],
      [{ icsReminderDays: -1 }, 'icsReminderDays', /from 0 to 30/],
      [{ icsReminderDays: 31 }, 'icsReminderDays', /from 0 to 30/],
      [{ icsReminderDays: 1.5 }, 'icsReminderDays', /whole number/],
      [{ icsReminderDays: '3' }, 'icsReminderDays', /whole number/],
      [{ language: 'zh', timeZone: 'Asia/Beijing' }, 'timeZone', /time zone/],
    ] as const) {
      const r = await t.backend.dispatch('settings.update', input, { lang: 'en' });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field } });
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(t.snapshot()).toBe(before);
    expect(await todayOf()).toBe('2026-12-01');
    const zh = await t.backend.dispatch('settings.update', { timeZone: 'China' }, { lang: 'zh' });
    expect(zh).toMatchObject({ ok: false, error: { message: expect.stringContaining('时区') } });
  });
});
