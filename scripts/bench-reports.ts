/**
 * `npm run bench:reports -- --dir <copy of a data folder>`: each report of the Reports
 * screen (issue 13, part 4) through dispatch against the bare replay of the same
 * statements on the same file (scripts/bench/measure.ts: both arms warmed up, then run
 * alternately; medians, spread and their ratio). The folder is opened as it is — point it
 * at a COPY of a seeded folder (opening migrates it and the day's first call recomputes),
 * e.g. a copy of $XIUFU_BENCH_DIR/cases-100000. Prints a table, writes --out (JSON).
 * Beyond REPORTS_INLINE_MAX live cases a report runs in a worker thread: the project's arm
 * then includes the thread's start, and the bare arm replays the statements the same job
 * runs in-process.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../api/dispatch';
import { REPORT_KINDS, reportInput } from '../core/reports';
import { timeZone, today } from '../core/today';
import { REPORTS_INLINE_MAX } from '../api/handlers/reports';
import { runReportJob } from '../jobs/report-ops';
import { machineLine, measureAll, table, type Result, type Subject } from './bench/measure';
import { bareConnection } from './bench/trace';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, out: { type: 'string', default: 'bench-reports.json' } },
});
if (!values.dir) {
  console.error('Usage: npm run bench:reports -- --dir <copy of a data folder> [--out file.json]');
  process.exit(2);
}
const dataDir = resolve(values.dir);

let t = Date.now();
const backend = createBackend({ dataDir, log: () => undefined });
await backend.ready;
if (backend.recovery()) throw new Error(`the data folder did not open: ${dataDir}`);
console.log(`Opened (and migrated) in ${Date.now() - t} ms`);

async function call(channel: string, input: unknown): Promise<number> {
  const start = performance.now();
  const r = await backend.dispatch(channel, input, { lang: 'zh' });
  const took = performance.now() - start;
  if (!r.ok) throw new Error(`${channel} refused: ${JSON.stringify(r.error)}`);
  return took;
}
const channel = (label: string, name: string, input: object): Subject => ({
  label,
  channel: name,
  input,
  project: () => call(name, input),
  // Beyond REPORTS_INLINE_MAX live cases a report runs in a worker thread: its statements
  // are recorded from the same job run in-process.
  trace:
    name === 'reports.get'
      ? () => runReportJob({ dataDir, zone: timeZone(), input: reportInput.parse(input) })
      : undefined,
  budgetMs: 15_000,
});

// The day's first call recomputes stale cases: not what is measured here.
t = Date.now();
await call('dashboard.summary', {});
console.log(`First dashboard of the day (recomputes the stale cases): ${Date.now() - t} ms`);

const raw = bareConnection(join(dataDir, 'xiufu.db'));
const live = raw
  .prepare("SELECT coalesce(sum(n), 0) FROM live_counts WHERE what LIKE 'stage:%'")
  .pluck()
  .get() as number;
console.log(
  `${live} live cases: each report runs ${live > REPORTS_INLINE_MAX ? 'in a worker thread (its start counted)' : 'on the server thread'}`,
);
const busiest = raw
  .prepare(
    `SELECT assignee FROM cases WHERE archived_at IS NULL AND assignee <> ''
     GROUP BY assignee ORDER BY count(*) DESC LIMIT 1`,
  )
  .pluck()
  .get() as string | undefined;
const authority = raw
  .prepare('SELECT authority FROM listings GROUP BY authority ORDER BY count(*) DESC LIMIT 1')
  .pluck()
  .get() as string | undefined;
const subjects: Subject[] = [
  ...REPORT_KINDS.map((report) => channel(`${report} (last 12 months)`, 'reports.get', { report })),
  channel('stages over 4 years', 'reports.get', {
    report: 'stages',
    from: '2023-01-01',
    to: '2026-12-31',
  }),
  channel('approval, one regime', 'reports.get', {
    report: 'approval',
    regimeId: 'samr-serious-list',
  }),
  ...(authority
    ? [
        channel('decision time, one authority', 'reports.get', {
          report: 'decisionTime',
          authority,
        }),
      ]
    : []),
  ...(busiest
    ? [channel('workload, one assignee', 'reports.get', { report: 'workload', assignee: busiest })]
    : []),
  channel('filter choices', 'reportFilters.list', {}),
];

let results: Result[];
try {
  results = await measureAll(raw, subjects);
} finally {
  raw.close();
  backend.close();
}

const machine = machineLine();
console.log(
  `\n${dataDir}, today ${today()}; project = dispatch, bare SQL = the same statements replayed; medians, interleaved after warm-up`,
);
console.log(`machine: ${machine}\n`);
console.log(table(results));
writeFileSync(
  resolve(values.out!),
  JSON.stringify(
    { dir: dataDir, today: today(), machine, at: new Date().toISOString(), results },
    null,
    2,
  ) + '\n',
);
console.log(`\nwritten to ${values.out}`);
