/** Test support for recomputing many cases: cases seeded through the channels, and a year. */
import { openDatabase, type Database } from '../db/connection';
import { createRepositories } from '../db/repositories';
import type { HandlerContext } from './handlers/context';
import { COMPANY, testBackend, type TestBackend } from './testing';

export interface Seeded {
  t: TestBackend;
  /** A context on a second connection to the same file: what the year's code reads. */
  ctx: HandlerContext;
  db: Database;
  close(): void;
}

const REGIMES = ['samr-serious-list', 'samr-penalty-general', 'cc-penalty-general'] as const;

/** Cases listed a month apart back from 2026-11; a third of those listed by 2025 filed in 2026, some accepted. */
export async function seed(n: number): Promise<Seeded> {
  const t = testBackend();
  const client = await t.ok('clients.create', COMPANY);
  for (let i = 0; i < n; i++) {
    // Counting back a month at a time from November 2026.
    const month = String(((((22 - i) % 12) + 12) % 12) + 1).padStart(2, '0');
    const year = 2026 - Math.floor((i + 1) / 12) + 1;
    const c = await t.ok('cases.create', {
      clientId: client.id,
      listings: [
        {
          regimeId: REGIMES[i % REGIMES.length]!,
          authority: 'SAMR',
          decisionNo: `A-${i}`,
          decisionDate: `${year - 1}-${month}-01`,
          listingDate: `${year - 1}-${month}-03`,
          publicationDate: `${year - 1}-${month}-05`,
        },
      ],
    });
    if (i % 3 === 0 && i >= 11) {
      const filedMonth = String((i % 11) + 1).padStart(2, '0');
      await t.ok('events.add', {
        caseId: c.id,
        type: 'filed',
        date: `2026-${filedMonth}-20`,
        channel: 'online',
        overrideReason: 'Filed before the checklist was complete',
      });
      if (i % 2 === 0)
        await t.ok('events.add', { caseId: c.id, type: 'accepted', date: `2026-${filedMonth}-23` });
    }
  }
  const db = openDatabase(t.dir);
  const ctx = { repos: createRepositories(db) } as unknown as HandlerContext;
  return {
    t,
    ctx,
    db,
    close() {
      db.close();
      t.backend.close();
    },
  };
}

export const YEAR_2027 = {
  year: 2027,
  holidays: [
    { start: '2027-06-04', end: '2027-06-06', name: '端午节' },
    { start: '2027-10-01', end: '2027-10-07', name: '国庆节' },
  ],
  makeupWorkdays: ['2027-06-12'],
};
