/**
 * The performance benchmark of issue 10: realistic firms seeded through the channels
 * (scripts/bench/seed.ts; above 100,000 cases the seeded set is copied with SQL,
 * scripts/bench/copies.ts), then every screen's data call through dispatch against the
 * bare replay of the same statements on the same file (scripts/bench/measure.ts).
 *   npm run bench                              100,000 cases
 *   npm run bench -- --cases 1000000           100,000 seeded, copied to 1,000,000
 *   npm run bench -- --cases 10000             a quicker run
 *   XIUFU_BENCH_DIR=/dev/shm/xiufu-bench npm run bench   keeps the seeded folders for reruns
 * Options: --base <n> (the seeded set that copies start from, default 100,000),
 * --out <file.json> (default: results/ in the bench folder), --compare <earlier.json>
 * (prints both medians side by side), --recompute / --no-recompute (default: measured up
 * to 100,000 cases; one run at 1,000,000 takes about half an hour), --only recompute (measures
 * that row alone, while working on it). Prints a table, writes JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from '../../api/dispatch';
import { today } from '../../core/today';
import { copyTo } from './copies';
import { compare, machineLine, measureAll, table, type Result, type Subject } from './measure';
import { cachedSeed, seedFolder } from './seed';
import { bareConnection } from './trace';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    base: { type: 'string', default: '100000' },
    out: { type: 'string' },
    compare: { type: 'string' },
    recompute: { type: 'boolean' },
    only: { type: 'string' },
  },
  allowNegative: true,
});
const cases = Number(values.cases);
const base = Math.min(cases, Number(values.base));
const keep = process.env.XIUFU_BENCH_DIR?.trim();
const root = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'xiufu-bench-'));
const folderOf = (n: number) => join(root, `cases-${n}`);
// Recompute grows linearly (145,000 statements at 10k cases): above 100k it runs when asked.
const only = values.only;
if (only !== undefined && only !== 'recompute')
  throw new Error(`--only ${only}: the one row that can be measured alone is "recompute".`);
const recompute = only === 'recompute' || (values.recompute ?? cases <= 100_000);

async function prepare(): Promise<string> {
  let t = Date.now();
  if (!cachedSeed(folderOf(base), base)) {
    rmSync(folderOf(base), { recursive: true, force: true });
    console.log(`Seeding ${base} cases through the channels into ${folderOf(base)}…`);
    const s = await seedFolder(folderOf(base), base);
    console.log(
      `Seeded in ${(s.ms / 1000).toFixed(0)} s: ${s.listings} listings, ${s.events} events`,
    );
  } else console.log(`Using the seeded folder ${folderOf(base)}`);
  if (cases === base) return folderOf(base);
  t = Date.now();
  if (!cachedSeed(folderOf(cases), cases)) {
    console.log(`Copying the ${base} seeded cases up to ${cases} with SQL…`);
    copyTo(folderOf(base), folderOf(cases), base, cases);
    console.log(`Copied in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  return folderOf(cases);
}

const dataDir = await prepare();
const log = () => undefined;
let backend: Backend = await open();

async function open(): Promise<Backend> {
  const b = createBackend({ dataDir, log });
  await b.ready;
  if (b.recovery()) throw new Error(`the data folder did not open: ${dataDir}`);
  return b;
}

async function call(channel: string, input: unknown): Promise<number> {
  const t = performance.now();
  const r = await backend.dispatch(channel, input, { lang: 'zh' });
  const took = performance.now() - t;
  if (!r.ok) throw new Error(`${channel} refused: ${JSON.stringify(r.error)}`);
  return took;
}

const channel = (label: string, name: string, input: object, budgetMs?: number): Subject => ({
  label,
  channel: name,
  input,
  project: () => call(name, input),
  budgetMs,
});

// A data folder opened on a new day recomputes its stale cases on the first screen: not measured here.
const t = Date.now();
await call('dashboard.summary', {});
console.log(`First dashboard of the day (recomputes the stale cases): ${Date.now() - t} ms`);

const raw = bareConnection(join(dataDir, 'xiufu.db'));
// The audit log filtered by the client with the most cases: its page reads that client's
// own entries and those of its listings and cases.
const busiest = raw
  .prepare(
    'SELECT client_id AS id FROM cases GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1',
  )
  .get() as { id: number } | undefined;
const subjects: Subject[] = only
  ? []
  : [
      channel('dashboard summary', 'dashboard.summary', {}),
      channel('case list, default sort (last update)', 'cases.list', {}),
      channel('case list by client', 'cases.list', { sort: 'client', direction: 'asc' }),
      channel('search 远航物流 (Chinese, 4 chars)', 'cases.list', { search: '远航物流' }),
      channel('search Harbor Jade (Latin)', 'cases.list', { search: 'Harbor Jade' }),
      channel('search 无此企业 (no match)', 'cases.list', { search: '无此企业' }),
      channel('reviewer queue', 'queue.list', {}),
      channel('calendar with filter lists', 'agenda.list', {}),
      channel('audit log, first page', 'history.list', {}),
      ...(busiest
        ? [channel('audit log filtered by a client', 'history.list', { clientId: busiest.id })]
        : []),
    ];
if (recompute)
  subjects.push({
    label: 'recompute every case (then dashboard)',
    channel: 'dashboard.summary',
    input: {},
    // The project recomputes the cases it finds stale, once a day per open folder: each run
    // opens the folder anew (untimed) after every case was marked stale.
    before: () => void raw.prepare("UPDATE cases SET computed_on = ''").run(),
    setup: async () => {
      backend.close();
      backend = await open();
    },
    project: () => call('dashboard.summary', {}),
    budgetMs: 60_000,
  });
else console.log('Recompute not measured above 100,000 cases (--recompute measures it)');

let results: Result[];
try {
  results = await measureAll(raw, subjects);
} finally {
  raw.close();
  backend.close();
}

const machine = machineLine();
console.log(
  `\n${cases} cases (${base === cases ? 'seeded through the channels' : `${base} seeded, copied`}), today ${today()}; ` +
    `project = dispatch, bare SQL = the same statements replayed; medians, interleaved after warm-up`,
);
console.log(`machine: ${machine}\n`);
console.log(table(results));
if (values.compare) console.log(`\n${compare(results, resolve(values.compare))}`);
const out = values.out
  ? resolve(values.out)
  : join(root, 'results', `cases-${cases}-${new Date().toISOString().replaceAll(':', '-')}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    { cases, base, today: today(), machine, at: new Date().toISOString(), results },
    null,
    2,
  ) + '\n',
);
console.log(`\nwritten to ${out}`);
if (!keep && !values.out)
  console.log('(the seeded folder is removed; set XIUFU_BENCH_DIR to keep it)');
if (!keep)
  for (const n of new Set([base, cases])) rmSync(folderOf(n), { recursive: true, force: true });
