/**
 * Fills a data folder with firms (scripts/bench/firms.ts) the way users do, through the
 * backend's channels: clients.create, cases.create with the case's listings, events.add
 * for each authority event (the guards check every one), and a note or a reassignment on
 * some cases, each with its history entry. No SQL here. A finished folder carries
 * bench-seed.json, so a rerun at the same size starts from it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { call } from '../bench-backup/seed';
import { seeded } from '../bench-backup/documents';
import { createBackend } from '../../api/dispatch';
import { today } from '../../core/today';
import { ASSIGNEES, clientOf, eventsOf, listingsOf } from './firms';

export interface SeedStats {
  cases: number;
  listings: number;
  events: number;
  /** Events the guards refused (the seeder then stops that case's history there). */
  refused: number;
  ms: number;
}

const MARKER = 'bench-seed.json';

export function cachedSeed(dataDir: string, cases: number): SeedStats | null {
  const file = join(dataDir, MARKER);
  if (!existsSync(file) || !existsSync(join(dataDir, 'xiufu.db'))) return null;
  const stats = JSON.parse(readFileSync(file, 'utf8')) as SeedStats;
  return stats.cases === cases ? stats : null;
}

export async function seedFolder(dataDir: string, cases: number): Promise<SeedStats> {
  if (existsSync(join(dataDir, 'xiufu.db')))
    throw new Error(`${dataDir} already holds a database: seed an empty folder`);
  const backend = createBackend({ dataDir, log: () => undefined });
  await backend.ready;
  const random = seeded(10);
  const now = today();
  const stats: SeedStats = { cases, listings: 0, events: 0, refused: 0, ms: 0 };
  const started = Date.now();
  let report = started;
  try {
    for (let i = 0; i < cases; i++) {
      const input = clientOf(i, random);
      const client = await call(backend, 'clients.create', input);
      const listings = listingsOf(i, input.kind === 'person', now, random);
      const kase = await call(backend, 'cases.create', {
        clientId: client.id,
        listings,
        assignee: ASSIGNEES[i % ASSIGNEES.length]!,
      });
      stats.listings += listings.length;
      const latest = listings
        .map((l) => l.listingDate)
        .sort()
        .at(-1)!;
      for (const event of eventsOf(kase.id, latest, now, random)) {
        const r = await backend.dispatch('events.add', event, { lang: 'en' });
        if (!r.ok) {
          stats.refused++;
          break;
        }
        stats.events++;
      }
      if (random() < 0.3) {
        await call(backend, 'cases.update', {
          id: kase.id,
          notes: '客户已提交承诺书，等待补充材料。',
          assignee: ASSIGNEES[(i + 1) % ASSIGNEES.length]!,
        });
      }
      const t = Date.now();
      if (t - report > 10_000 || i + 1 === cases) {
        report = t;
        const rate = (i + 1) / ((t - started) / 1000);
        console.log(
          `  seeding: ${i + 1}/${cases} cases, ${rate.toFixed(0)} cases/s, ` +
            `about ${Math.ceil((cases - i - 1) / rate / 60)} min left`,
        );
      }
    }
  } finally {
    backend.close();
  }
  stats.ms = Date.now() - started;
  writeFileSync(join(dataDir, MARKER), JSON.stringify(stats, null, 2) + '\n');
  return stats;
}
