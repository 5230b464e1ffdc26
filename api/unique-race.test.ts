/**
 * Two creates of the same client at once, each checked before the other's insert: the
 * handler's own check sees no duplicate for either, the UNIQUE constraint stops the
 * second, and dispatch answers it as the conflict it is, never `internal`. The race is
 * made certain by letting each check see the folder as it was before both calls, as a
 * second window or process that checked a moment earlier does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../core/types';
import type { Repositories } from '../db/repositories';
import { COMPANY, testBackend, type TestBackend } from './testing';

const made = vi.hoisted(() => ({ repos: null as Repositories | null }));

vi.mock('../db/repositories', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/repositories')>();
  return {
    ...real,
    createRepositories: (...args: Parameters<typeof real.createRepositories>) =>
      (made.repos = real.createRepositories(...args)),
  };
});

let t: TestBackend;
beforeEach(() => {
  t = testBackend();
});
afterEach(() => t.backend.close());

/** Every identifier check answers as the folder stood before the racing calls. */
function checksSeeThePast() {
  const clients = made.repos!.clients;
  const findByIdNumber = clients.findByIdNumber.bind(clients);
  const snapshot = new Map<string, Client | null>(
    [COMPANY.idNumber].map((id) => [id, findByIdNumber(id)]),
  );
  vi.spyOn(clients, 'findByIdNumber').mockImplementation((id) => snapshot.get(id) ?? null);
}

describe('a uniqueness race', () => {
  it('answers the losing create as a conflict on the identifier, in the caller’s language', async () => {
    checksSeeThePast();
    const [a, b] = await Promise.all([
      t.backend.dispatch('clients.create', COMPANY, { lang: 'en' }),
      t.backend.dispatch('clients.create', { ...COMPANY, name: '另一家公司' }, { lang: 'zh' }),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { code: 'conflict', field: 'idNumber' } });
    expect(!b.ok && b.error.message).toContain('此证件号码');
    expect(!b.ok && b.error.id).toBeUndefined();

    // One client, one history entry: the loser wrote nothing.
    const list = await t.ok('clients.list', {});
    expect(list.items.map((c) => c.name)).toEqual([COMPANY.name]);
    const detail = await t.ok('clients.get', { id: list.items[0]!.id });
    expect(detail.history).toHaveLength(1);
    expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('says the same in English', async () => {
    checksSeeThePast();
    const results = await Promise.all(
      [1, 2, 3].map(() => t.backend.dispatch('clients.create', COMPANY, { lang: 'en' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ ok: false, error: { code: 'conflict', field: 'idNumber' } });
      expect(!r.ok && r.error.message).toMatch(/identifier was saved a moment ago/);
    }
  });
});
