/**
 * Measures the case list against raw SQLite on the same file, in one run:
 * seeds N cases (default 100,000), then times cases.list through dispatch (validation,
 * repository, mapping) and the bare SQL it stands on. Prints medians and the ratio.
 *   npm run bench            (XIUFU_BENCH_CASES=20000 npm run bench for a quicker run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createBackend } from '../api/dispatch';
import { usccCheckChar } from '../core/ids';
import { STAGES } from '../core/stages';

const N = Number(process.env.XIUFU_BENCH_CASES ?? 100_000);
const RUNS = 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

function seed(file: string): void {
  const db = new BetterSqlite3(file);
  const now = '2026-01-01T00:00:00.000Z';
  const client = db.prepare(
    "INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('company', ?, ?, ?, ?)",
  );
  const kase = db.prepare(
    'INSERT INTO cases (client_id, stage, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const listing = db.prepare(
    "INSERT INTO listings (client_id, regime_id, authority, decision_no, decision_date, listing_date, created_at, updated_at) VALUES (?, 'samr-serious-list', 'SAMR', ?, ?, ?, ?, ?)",
  );
  const link = db.prepare('INSERT INTO case_listings (case_id, listing_id) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= N; i++) {
      const first17 = `91${String(i).padStart(15, '0')}`;
      const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      client.run(`Company ${i}`, first17 + usccCheckChar(first17), at, at);
      kase.run(i, STAGES[i % STAGES.length], at, at);
      // Listing dates spread over 2023-01-01 … 2026-10-27, so every dashboard window has rows.
      const listed = new Date(Date.UTC(2023, 0, 1) + (i % 1400) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      listing.run(i, `D-${i}`, listed, listed, now, now);
      link.run(i, i);
    }
  })();
  db.close();
}

const dir = mkdtempSync(join(tmpdir(), 'xiufu-bench-'));
const backend = createBackend({ dataDir: dir });
const file = join(dir, 'xiufu.db');
let t = Date.now();
seed(file);
console.log(`seeded ${N} cases in ${Date.now() - t} ms`);
const raw = new BetterSqlite3(file, { readonly: true });

const rawFirstPage = raw.prepare(
  `SELECT c.*, k.name, k.id_number FROM cases c JOIN clients k ON k.id = c.client_id
   WHERE c.archived = 0 ORDER BY c.updated_at DESC, c.id DESC LIMIT 51`,
);
const rawStage = raw.prepare(
  `SELECT c.*, k.name, k.id_number FROM cases c JOIN clients k ON k.id = c.client_id
   WHERE c.archived = 0 AND c.stage = 'filed' ORDER BY c.updated_at DESC, c.id DESC LIMIT 51`,
);
const rawSearch = raw.prepare(
  `SELECT c.*, k.name, k.id_number FROM cases c JOIN clients k ON k.id = c.client_id
   WHERE c.archived = 0 AND c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH '"Company" "9999"')
   ORDER BY c.updated_at DESC, c.id DESC LIMIT 51`,
);

const rows: [string, number, number][] = [];
async function compare(label: string, input: object, rawStmt: BetterSqlite3.Statement) {
  const ours = await time(() => backend.dispatch('cases.list', input));
  const bare = await time(() => rawStmt.all());
  rows.push([label, ours, bare]);
}

// Seeded rows were never computed: the first dashboard call computes every case's dates.
t = Date.now();
await backend.dispatch('dashboard.summary', {});
const firstRefresh = Date.now() - t;

const rawOverdue = raw.prepare(
  `SELECT d.*, k.name FROM case_dates d JOIN cases c ON c.id = d.case_id JOIN clients k ON k.id = c.client_id
   WHERE c.archived_at IS NULL AND d.kind = 'mayApplyFrom' AND d.done = 0 AND d.date BETWEEN '2026-11-22' AND '2026-12-22'
   ORDER BY d.date LIMIT 100`,
);
const dashboard = await time(() => backend.dispatch('dashboard.summary', {}));
const bareWindow = await time(() => rawOverdue.all());

await compare('first page (50, by last update)', {}, rawFirstPage);
await compare('stage filter "filed"', { stage: 'filed' }, rawStage);
await compare('search "Company 9999"', { search: 'Company 9999' }, rawSearch);
console.log(`\n${N} cases, median of ${RUNS} runs`);
console.log(
  `computing the dates of all ${N} cases once (rules engine + case_dates): ${firstRefresh} ms (${((firstRefresh * 1000) / N).toFixed(0)} µs a case)`,
);
console.log(
  `dashboard.summary (9 queries, 5 lists)      dispatch ${dashboard.toFixed(2).padStart(8)} ms   one raw window query ${bareWindow.toFixed(2).padStart(6)} ms   ratio ${(dashboard / bareWindow).toFixed(2)}`,
);
for (const [label, ours, bare] of rows) {
  console.log(
    `${label.padEnd(34)} dispatch ${ours.toFixed(2).padStart(8)} ms   raw SQLite ${bare.toFixed(2).padStart(8)} ms   ratio ${(ours / bare).toFixed(2)}`,
  );
}
raw.close();
backend.close();
if (process.env.XIUFU_BENCH_KEEP) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
