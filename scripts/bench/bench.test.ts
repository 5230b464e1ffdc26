/**
 * The benchmark's parts: firms the backend accepts, a seed through the channels, a trace
 * whose replay returns what the project read, and copies that keep every firm distinct.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../api/dispatch';
import { clientInput } from '../../core/schemas';
import { copyTo } from './copies';
import { clientOf, idNumberOf } from './firms';
import { cachedSeed, seedFolder } from './seed';
import { bareConnection, countStatements, replay, traced } from './trace';

const SEEDED = 40;

async function seeded(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'xiufu-bench-test-')), `cases-${SEEDED}`);
  await seedFolder(dir, SEEDED);
  return dir;
}

describe('the benchmark', () => {
  it('makes firms the backend accepts: 80% Chinese names, persons with their own ID', () => {
    let random = 0.5;
    const next = () => (random = (random * 9301 + 0.49297) % 1);
    const firms = Array.from({ length: 200 }, (_, i) => clientOf(i, next));
    for (const firm of firms) expect(clientInput.safeParse(firm).success).toBe(true);
    const chinese = firms.filter((f) => /[\u4e00-\u9fff]/.test(f.name)).length;
    expect(chinese / firms.length).toBe(0.8);
    expect(new Set(firms.map((f) => f.idNumber)).size).toBe(200);
    expect(idNumberOf('person', 1_000_009)).not.toBe(idNumberOf('person', 9));
  });

  it('seeds through the channels, replays the very statements, and copies to a larger size', async () => {
    const dir = await seeded();
    expect(cachedSeed(dir, SEEDED)).toMatchObject({ cases: SEEDED });
    expect(cachedSeed(dir, SEEDED + 1)).toBeNull();
    const db = new BetterSqlite3(join(dir, 'xiufu.db'), { readonly: true });
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM cases')).toBe(SEEDED);
    expect(count('SELECT count(*) FROM listings')).toBeGreaterThan(SEEDED);
    expect(count('SELECT count(DISTINCT regime_id) FROM listings')).toBe(8);
    expect(count('SELECT count(*) FROM case_events')).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM history WHERE action = 'update'")).toBeGreaterThan(0);
    db.close();

    const backend = createBackend({ dataDir: dir, log: () => undefined });
    await backend.ready;
    const raw = bareConnection(join(dir, 'xiufu.db'));
    let answer: unknown;
    const steps = await traced(raw.name, async () => {
      answer = await backend.dispatch('cases.list', { sort: 'client', direction: 'asc' });
    });
    expect(countStatements(steps).statements).toBeGreaterThan(0);
    const page = (answer as { ok: true; value: { items: unknown[] } }).value.items;
    expect(replay(raw, steps, new Map())).toBeGreaterThanOrEqual(page.length);
    raw.close();
    backend.close();

    const bigger = join(dir, '..', 'cases-100');
    copyTo(dir, bigger, SEEDED, 100);
    const copy = new BetterSqlite3(join(bigger, 'xiufu.db'), { readonly: true });
    const n = (sql: string) => copy.prepare(sql).pluck().get() as number;
    expect(n('SELECT count(*) FROM cases')).toBe(100);
    expect(n('SELECT count(DISTINCT id_number) FROM clients')).toBe(100);
    expect(n('SELECT count(*) FROM case_search')).toBe(100);
    expect(
      n('SELECT count(*) FROM case_listings WHERE case_id NOT IN (SELECT id FROM cases)'),
    ).toBe(0);
    copy.close();
    expect(cachedSeed(bigger, 100)).toMatchObject({ cases: 100 });
    // The copy opens in the app, and its cases list.
    const opened = createBackend({ dataDir: bigger, log: () => undefined });
    await opened.ready;
    const list = await opened.dispatch('cases.list', { limit: 200 });
    opened.close();
    expect(list.ok && (list.value as { items: unknown[] }).items.length).toBe(100);
  }, 120_000);
});
