/**
 * A demo load that fails half-way (here: the sample file of a later case cannot be made)
 * takes back what it had added: no client, case or file is left, the history chain still
 * verifies, and the demo can be loaded once the fault is gone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chainState, storedFiles, testBackend, type TestBackend } from './testing';

const fault = vi.hoisted(() => ({ after: Infinity, made: 0 }));

vi.mock('../core/pdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/pdf')>();
  return {
    ...real,
    renderLetter: (...args: Parameters<typeof real.renderLetter>) => {
      if (fault.made++ >= fault.after) throw new Error('injected: the PDF could not be made');
      return real.renderLetter(...args);
    },
  };
});

let t: TestBackend;
afterEach(() => t?.backend.close());

describe('demo.load, failing half-way', () => {
  it('takes back what it added and can be loaded again', async () => {
    t = testBackend();
    fault.after = 7;
    const r = await t.backend.dispatch('demo.load', {}, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(fault.made).toBeGreaterThan(7);
    const summary = await t.ok('dashboard.summary', {});
    expect([summary.clients, summary.cases]).toEqual([0, 0]);
    expect((await t.ok('clients.list', { archived: true })).items).toEqual([]);
    expect(storedFiles(t)).toEqual([]);
    expect(await t.ok('demo.status', {})).toMatchObject({ present: false });
    expect(await chainState(t.dir)).toBe('intact');

    fault.after = Infinity;
    expect(await t.ok('demo.load', {})).toEqual({ clients: 6, cases: 6 });
  });
});
