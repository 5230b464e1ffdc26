/**
 * The history chain's benchmark (issue 11):
 *  - history.verify's walk over a chain of about 1,000,000 entries (a seeded 10,000-case
 *    folder, migrated to the chain, then grown with scripts/bench/copies.ts, which links
 *    every copied entry onto the chain), against the bare read of the same rows in the
 *    same pages; both warmed up, run alternately, medians and their ratio;
 *  - migration 0009 (chaining every existing entry) timed on a copy of a version 8 folder.
 *   npm run bench:chain                        1,000,000 entries; 0009 on cases-100000
 *   npm run bench:chain -- --entries 100000    a quicker run
 * Options: --from <folder> (a seeded folder: at version 8 its migration is timed too; default
 * /dev/shm/xiufu-bench/cases-10000), --migrate <folder> (default
 * /dev/shm/xiufu-bench/cases-100000; "none" skips it), --work <folder> (where the copies
 * go, removed at the end), --runs <n> (default 3), --out <file.json>.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { applyPragmas, DB_FILE, openDatabase } from '../db/connection';
import { verifyChain } from '../db/history-verify';
import { migrate, MIGRATIONS } from '../db/migrations';
import { copyTo } from './bench/copies';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000000' },
    from: { type: 'string', default: '/dev/shm/xiufu-bench/cases-10000' },
    migrate: { type: 'string', default: '/dev/shm/xiufu-bench/cases-100000' },
    work: { type: 'string', default: '/dev/shm/xiufu-bench-chain' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const work = resolve(values.work);
const runs = Number(values.runs);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** A seeded folder is never opened in place: a copy of it (cp -a keeps it byte for byte). */
const copyOf = (from: string, name: string) => {
  const to = join(work, name);
  execFileSync('cp', ['-a', resolve(from), to]);
  return to;
};
const countOf = (db: BetterSqlite3.Database, sql: string) =>
  db.prepare(sql).pluck().get() as number;

/**
 * Migration 0009 alone, on a version 8 copy: every entry chained in id order. A folder
 * seeded by this version (npm run seed, npm run bench) is chained already: nothing to time.
 */
function timeMigration(folder: string) {
  const db = new BetterSqlite3(join(folder, DB_FILE));
  applyPragmas(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < 8) throw new Error(`${folder} is at data version ${version}: seed it anew`);
  const entries = countOf(db, 'SELECT count(*) FROM history');
  const cases = countOf(db, 'SELECT count(*) FROM cases');
  const t = performance.now();
  if (version === 8) migrate(db, MIGRATIONS, 9);
  const ms = version === 8 ? performance.now() - t : null;
  db.close();
  return { cases, entries, ms };
}

const migrationText = (m: ReturnType<typeof timeMigration>) =>
  m.ms === null
    ? `No migration 0009 to time on ${m.cases} cases (${m.entries} entries): the folder is chained already`
    : `Migration 0009 on ${m.cases} cases (${m.entries} entries): ${seconds(m.ms)}`;

/** The same pages of the same rows, read and nothing else: the floor of any walk. */
function bareRead(db: BetterSqlite3.Database): number {
  const page = db.prepare('SELECT * FROM history WHERE id > ? ORDER BY id LIMIT 5000');
  let n = 0;
  for (let rows = page.all(0) as { id: number }[]; rows.length > 0;) {
    n += rows.length;
    rows = page.all(rows.at(-1)!.id) as { id: number }[];
  }
  return n;
}

// 1. A chain of the size asked for, grown from the seeded folder.
const source = copyOf(values.from, 'source');
const migratedSource = timeMigration(source);
console.log(migrationText(migratedSource));
const perCase = migratedSource.entries / migratedSource.cases;
const target = Math.ceil(Number(values.entries) / perCase);
const grown = join(work, `chain-${values.entries}`);
let t = performance.now();
copyTo(source, grown, migratedSource.cases, target);
console.log(`Grown to ${target} cases in ${seconds(performance.now() - t)}`);
// Opened as the app would (it checks the folder and finds it at the latest version).
openDatabase(grown).close();
rmSync(source, { recursive: true, force: true });

const db = new BetterSqlite3(join(grown, DB_FILE), { readonly: true });
const entries = countOf(db, 'SELECT count(*) FROM history');
console.log(`Chain of ${entries} entries; warming up…`);
const first = await verifyChain(db);
if (first.state !== 'intact')
  throw new Error(`the grown chain does not hold: ${JSON.stringify(first)}`);
bareRead(db);
const walk: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  // Alternating which arm goes first, so neither always meets a warmer cache.
  const arms = [
    async () => {
      const s = performance.now();
      await verifyChain(db);
      walk.push(performance.now() - s);
    },
    async () => {
      const s = performance.now();
      bareRead(db);
      bare.push(performance.now() - s);
    },
  ];
  if (i % 2) arms.reverse();
  for (const arm of arms) await arm();
}
db.close();
const verify = {
  entries,
  walkMs: median(walk),
  bareMs: median(bare),
  ratio: median(walk) / median(bare),
  walk,
  bare,
};
console.log(
  `history.verify over ${entries} entries: ${seconds(verify.walkMs)} (median of ${runs}); bare read of the same pages ${seconds(verify.bareMs)}; ratio ${verify.ratio.toFixed(1)}×`,
);
rmSync(grown, { recursive: true, force: true });

// 2. Migration 0009 on the large seeded folder (still at version 8).
let migration: ReturnType<typeof timeMigration> | null = null;
if (values.migrate !== 'none') {
  t = performance.now();
  const folder = copyOf(values.migrate, 'migrate');
  console.log(`Copied ${values.migrate} in ${seconds(performance.now() - t)}`);
  migration = timeMigration(folder);
  console.log(migrationText(migration));
}
rmSync(work, { recursive: true, force: true });

const result = { at: new Date().toISOString(), verify, migrationSmall: migratedSource, migration };
const out = values.out ?? `bench-chain-${values.entries}.json`;
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`Written to ${out}`);
