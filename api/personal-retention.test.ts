/**
 * Retention of personal data: off by default; set to N years, it lists the clients whose
 * every case ended (withdrawn, closed, archived…) more than N years before the user's today.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../db/connection';
import { Temporal } from 'temporal-polyfill';
import { today } from '../core/today';
import { COMPANY, samrCase, testBackend, type TestBackend } from './testing';
import { PERSON } from './personal-testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** Whole years from `date` to today, as the setting counts them. */
const yearsSince = (date: string) =>
  Temporal.PlainDate.from(date).until(today(), { largestUnit: 'years' }).years;

describe('retention', () => {
  it('is off by default and lists nobody', async () => {
    t = testBackend();
    await samrCase(t, PERSON);
    expect(await t.ok('retention.get', {})).toMatchObject({ years: null, cutoff: null, due: [] });
  });

  it('lists the clients whose every case ended before the cut-off', async () => {
    t = testBackend();
    const ended = await samrCase(t, PERSON);
    await t.ok('events.add', {
      caseId: ended.id,
      type: 'withdrawn',
      date: '2024-07-01',
      reason: '',
    });
    // A client whose case is still open: not due.
    const open = await samrCase(t, COMPANY);

    const years = yearsSince('2024-07-01');
    const due = await t.ok('retention.set', { years });
    expect(due.cutoff).toBe(Temporal.PlainDate.from(today()).subtract({ years }).toString());
    expect(due.due.map((c) => c.id)).toEqual([ended.clientId]);
    expect(due.due.map((c) => c.id)).not.toContain(open.clientId);
    expect(due.due.find((c) => c.id === ended.clientId)).toMatchObject({
      name: PERSON.name,
      cases: 1,
      lastEnded: '2024-07-01',
    });

    // One year more: the case ended too recently.
    expect((await t.ok('retention.set', { years: years + 1 })).due).toEqual([]);
    // Erased clients are not listed again.
    await t.ok('retention.set', { years });
    await t.ok('personal.erase', { id: ended.clientId, reason: 'retention', confirm: PERSON.name });
    expect((await t.ok('retention.get', {})).due.map((c) => c.id)).not.toContain(ended.clientId);
  });

  it('refuses a number of years out of range and writes nothing', async () => {
    t = testBackend();
    const before = t.snapshot();
    for (const years of [0, 51, 2.5]) {
      const r = await t.backend.dispatch('retention.set', { years }, { lang: 'zh' });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'years' } });
    }
    expect(t.snapshot()).toBe(before);
  });

  it('is turned off again with null, and the change is in the history', async () => {
    t = testBackend();
    await t.ok('retention.set', { years: 5 });
    expect(await t.ok('retention.set', { years: null })).toMatchObject({ years: null, due: [] });
    const raw = new BetterSqlite3(join(t.dir, DB_FILE), { readonly: true });
    const logged = raw
      .prepare("SELECT after FROM history WHERE entity = 'settings' ORDER BY id")
      .all() as { after: string }[];
    raw.close();
    expect(logged.map((r) => JSON.parse(r.after) as unknown)).toEqual([
      { personalRetentionYears: 5 },
      { personalRetentionYears: null },
    ]);
  });
});
