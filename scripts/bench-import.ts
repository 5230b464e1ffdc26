/**
 * The import's benchmark (issue 13): a 10,000-row sheet (one client, listing and case per
 * row; every third case filed) run through the project's import path — the plan (every row
 * checked by the forms' schemas, each client looked up by code) and the write path (one
 * transaction: the rows, their history entries, every case's dates computed by the rules
 * engine, the batch recorded) as the worker runs them (jobs/import-ops.ts, in process:
 * the thread's start is not counted) — against the bare prepared INSERTs of the same rows
 * into the same tables (clients, listings, cases, case_listings, case_events) in one
 * transaction, the case search index written once per case at the end as the project's
 * path writes it (db/search-deferral.ts); and against the bare replay of the project's own
 * statements (scripts/bench/trace.ts: the same SQL work, history and dates included), so
 * the ratio to it is the cost of everything around the SQL. Each run on a fresh folder in /dev/shm; warmed up, interleaved, medians and
 * their ratio.
 *   npm run bench:import                    10,000 rows, 3 runs each
 *   npm run bench:import -- --rows 2000 --runs 5 --out result.json
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { usccCheckChar } from '../core/ids';
import { readDate } from '../core/import/dates';
import { normaliseHeader, recogniseHeaders } from '../core/import/headers';
import type { Cell, ImportSheet, Mapping } from '../core/import/types';
import { openWritable } from '../db/connection';
import { deferCaseSearch, resumeCaseSearch } from '../db/search-deferral';
import { bareConnection, countStatements, replay, traced, type Step } from './bench/trace';
import { runImportJob } from '../jobs/import-ops';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    work: { type: 'string', default: '/dev/shm' },
    out: { type: 'string' },
  },
});
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);

const HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '类型',
  '决定机关',
  '文号',
  '决定日期',
  '列入日期',
  '提交申请日期',
];

function code(i: number): string {
  const first17 = `9111${String(i).padStart(13, '0')}`;
  return first17 + usccCheckChar(first17);
}

function sheet(): ImportSheet {
  const rows: Cell[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const month = (i % 12) + 1;
    rows.push([
      `测试企业${i}有限公司`,
      code(i),
      '严重违法失信名单',
      '北京市市场监督管理局',
      `京市监严〔2024〕${i}号`,
      `2024/${month}/1`,
      `2024年${month}月3日`,
      i % 3 === 0 ? '2025-06-20' : null,
    ]);
  }
  return { file: 'bench.csv', name: 'bench', headers: HEADERS, rows };
}

const SHEET = sheet();
const targets = recogniseHeaders(HEADERS);
const MAPPING: Mapping = Object.fromEntries(
  HEADERS.map((h, i) => [normaliseHeader(h), targets[i]!]),
);

const fresh = () => {
  const dir = mkdtempSync(join(values.work, 'import-bench-'));
  openWritable(dir).close();
  return dir;
};

/** The project's import of the sheet into `dir`, as the worker runs it. */
async function importInto(dir: string): Promise<void> {
  const outcome = await runImportJob(
    {
      op: 'run',
      dataDir: dir,
      sheets: [SHEET],
      mapping: MAPPING,
      mappingKey: 'bench',
      skipped: [],
      files: [{ name: 'bench.csv', sha256: '0'.repeat(64) }],
      actor: 'bench',
    },
    new AbortController().signal,
    () => undefined,
  );
  if ('blocked' in outcome && (outcome.blocked || outcome.counts?.cases !== ROWS))
    throw new Error(`The import did not write ${ROWS} cases: ${JSON.stringify(outcome.counts)}`);
}

async function project(): Promise<number> {
  const dir = fresh();
  try {
    const started = performance.now();
    await importInto(dir);
    return performance.now() - started;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every statement one import runs (reads, writes, history, dates), recorded once. */
async function record(): Promise<Step[]> {
  const dir = fresh();
  try {
    return await traced(join(dir, 'xiufu.db'), () => importInto(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The project's own statements replayed bare on a fresh folder: the same SQL work. */
function replayed(steps: readonly Step[]): number {
  const dir = fresh();
  const db = bareConnection(join(dir, 'xiufu.db'));
  try {
    const started = performance.now();
    replay(db, steps, new Map());
    return performance.now() - started;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same rows, dates read the same way, into the same tables by bare prepared INSERTs. */
function bare(): number {
  const dir = fresh();
  const db = openWritable(dir);
  try {
    const started = performance.now();
    const now = new Date().toISOString();
    const client = db.prepare(
      `INSERT INTO clients (kind, name, id_number, address, legal_rep, contacts, sort_key, created_at, updated_at)
       VALUES ('company', ?, ?, '', '', '[]', ?, ?, ?)`,
    );
    const listing = db.prepare(
      `INSERT INTO listings (client_id, regime_id, authority, decision_no, decision_date, listing_date,
         publication_date, reason, penalty_fen, penalty_paid, created_at, updated_at)
       VALUES (?, 'samr-serious-list', ?, ?, ?, ?, '', '', NULL, 0, ?, ?)`,
    );
    const kase = db.prepare(
      `INSERT INTO cases (client_id, assignee, notes, catalogue_version, created_at, updated_at)
       VALUES (?, '', '', '1', ?, ?)`,
    );
    const link = db.prepare('INSERT INTO case_listings (case_id, listing_id) VALUES (?, ?)');
    const event = db.prepare(
      `INSERT INTO case_events (case_id, type, date, data, created_at, created_by)
       VALUES (?, 'filed', ?, '{"channel":"online"}', ?, 'bench')`,
    );
    db.transaction(() => {
      // The search index is written as the project's path writes it: once per case, at the end.
      deferCaseSearch(db);
      const cases: number[] = [];
      for (const r of SHEET.rows) {
        const c = Number(client.run(r[0], r[1], r[0], now, now).lastInsertRowid);
        const l = Number(
          listing.run(c, r[3], r[4], readDate(r[5]), readDate(r[6]), now, now).lastInsertRowid,
        );
        const k = Number(kase.run(c, now, now).lastInsertRowid);
        link.run(k, l);
        if (r[7]) event.run(k, readDate(r[7]), now);
        cases.push(k);
      }
      resumeCaseSearch(db, cases);
    })();
    return performance.now() - started;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const steps = await record();
  // Warm-up: one of each, not counted.
  await project();
  replayed(steps);
  bare();
  const times = { project: [] as number[], replay: [] as number[], bare: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.project.push(await project());
    times.replay.push(replayed(steps));
    times.bare.push(bare());
  }
  const m = {
    project: median(times.project),
    replay: median(times.replay),
    bare: median(times.bare),
  };
  const result = {
    rows: ROWS,
    runs: RUNS,
    statements: countStatements(steps),
    projectMs: Math.round(m.project),
    replayMs: Math.round(m.replay),
    bareMs: Math.round(m.bare),
    ratioToReplay: Number((m.project / m.replay).toFixed(1)),
    ratio: Number((m.project / m.bare).toFixed(1)),
    all: times,
  };
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`import of ${ROWS} rows (${RUNS} runs each, medians, interleaved after a warm-up):`);
  console.log(`  project's import path: ${s(m.project)}`);
  console.log(
    `  its own ${result.statements.statements} statements (${result.statements.distinct} distinct) replayed bare: ${s(m.replay)}  → ratio ${result.ratioToReplay}×`,
  );
  console.log(
    `  bare INSERTs of the same rows (no history, no dates): ${s(m.bare)}  → ratio ${result.ratio}×`,
  );
  if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2));
}

void main();
