/**
 * The list export's benchmark (issue 13, part 2): every case of a seeded folder (10,000 by
 * default) exported to .xlsx and to CSV by the export job itself (jobs/list-export.ts,
 * keyset pages of 1,000, the rows mapped and written), against the bare SQL of the same
 * statement reading the same rows in one go (no mapping, no file). Warmed up, run
 * alternately, medians and their ratios. The seeded folder is copied first, never opened
 * in place.
 *   npx tsx scripts/bench-export.ts [--from /dev/shm/xiufu-bench/cases-10000]
 *     [--work /dev/shm/xiufu-export-bench] [--runs 5] [--out file.json]
 */
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { runListExport, type ListExportJob } from '../jobs/list-export';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '/dev/shm/xiufu-bench/cases-10000' },
    work: { type: 'string', default: '/dev/shm/xiufu-export-bench' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const work = resolve(values.work);
const runs = Number(values.runs);
rmSync(work, { recursive: true, force: true });
cpSync(resolve(values.from), work, { recursive: true });
// Opening writable once brings the copy to this version's schema.
openDatabase(work).close();

const query = { search: '', archived: false, sort: 'updated', direction: 'desc' } as const;
const out = mkdtempSync(join(work, 'out-'));
let n = 0;

async function exportOnce(format: 'csv' | 'xlsx') {
  const job: ListExportJob = {
    dataDir: work,
    selection: { list: 'cases', query },
    format,
    lang: 'zh',
    zone: 'Asia/Shanghai',
    path: join(out, `run-${n++}.${format}`),
  };
  const start = performance.now();
  const r = await runListExport(job, new AbortController().signal, () => {});
  const ms = performance.now() - start;
  const bytes = statSync(job.path).size;
  rmSync(job.path);
  return { ms, items: r.items, bytes };
}

/** The same rows by the same SELECT as the list's repository, in one statement. */
function bareOnce() {
  const db = openDatabase(work, { readOnly: true });
  const start = performance.now();
  const rows = db
    .prepare(
      `SELECT c.id, c.client_id, c.stage, c.assignee, c.notes, c.catalogue_version, c.next_due, c.created_at, c.updated_at, c.archived_at,
         k.name AS client_name, k.id_number AS client_id_number, k.kind AS client_kind,
         (SELECT count(*) FROM case_listings x WHERE x.case_id = c.id) AS listing_count,
         (SELECT group_concat(DISTINCT l.regime_id) FROM case_listings x JOIN listings l ON l.id = x.listing_id
           WHERE x.case_id = c.id) AS regime_ids
       FROM cases c JOIN clients k ON k.id = c.client_id
       WHERE c.archived = 0 ORDER BY c.updated_at DESC, c.id DESC`,
    )
    .all();
  const ms = performance.now() - start;
  db.close();
  return { ms, items: rows.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await exportOnce('xlsx');
await exportOnce('csv');
bareOnce();
const t = { xlsx: [] as number[], csv: [] as number[], bare: [] as number[] };
let items = 0;
const sizes = { xlsx: 0, csv: 0 };
for (let i = 0; i < runs; i++) {
  const x = await exportOnce('xlsx');
  const c = await exportOnce('csv');
  const b = bareOnce();
  t.xlsx.push(x.ms);
  t.csv.push(c.ms);
  t.bare.push(b.ms);
  items = x.items;
  sizes.xlsx = x.bytes;
  sizes.csv = c.bytes;
  if (x.items !== b.items || c.items !== b.items) throw new Error('row counts differ');
}
const result = {
  items,
  runs,
  medianMs: { xlsx: median(t.xlsx), csv: median(t.csv), bareSql: median(t.bare) },
  ratio: {
    xlsxToBare: median(t.xlsx) / median(t.bare),
    csvToBare: median(t.csv) / median(t.bare),
  },
  bytes: sizes,
};
console.log(JSON.stringify(result, null, 2));
if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2));
rmSync(work, { recursive: true, force: true });
