/**
 * Backup and verified-restore time and size at 100,000 cases with 1 GB of attachments
 * (issue 9), against the bare work of the same result. The data folder is built through
 * the backend's channels (scripts/bench-backup/seed.ts); then, interleaved, one warm-up
 * each and medians of the runs after it:
 *   backup   backups.create into a folder, until backup.done (online copy, pooled files,
 *            manifest, full verification)  vs  db.backup() + the same files copied and
 *            fsynced + integrity_check + SHA-256 of everything read back;
 *   restore  backups.restore of that backup into the data folder after it lost its
 *            database and attachments, until backup.done (source verified, safety copy,
 *            staged copy, swap, folder reopened)  vs  the backup checked the same way and
 *            its database and files copied back (fsynced), the database renamed into place.
 *   npm run bench:backup
 *   XIUFU_BENCH_CASES=2000 XIUFU_BENCH_MB=50 npm run bench:backup     (a quick run)
 *   XIUFU_BENCH_DIR=/some/folder npm run bench:backup   (keeps the seeded folder for reruns)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../api/dispatch';
import { bareBackup, bareRestore } from './bench-backup/bare';
import { projectBackup, projectRestore, type ProjectRun } from './bench-backup/project';
import { cachedSeed, call, seed } from './bench-backup/seed';

const CASES = Number(process.env.XIUFU_BENCH_CASES ?? 100_000);
const MB = Number(process.env.XIUFU_BENCH_MB ?? 1024);
const RUNS = Number(process.env.XIUFU_BENCH_RUNS ?? 3);
const KEEP = process.env.XIUFU_BENCH_DIR;

const root = KEEP ? resolve(KEEP) : mkdtempSync(join(tmpdir(), 'xiufu-bench-backup-'));
const dataDir = join(root, 'data');
const out = join(root, 'out');
const log = () => undefined;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

async function open(): Promise<Backend> {
  const backend = createBackend({ dataDir, log });
  await backend.ready;
  if (backend.recovery()) throw new Error(`the data folder did not open: ${dataDir}`);
  return backend;
}

/** The data folder after a lost disk: no database, no attachments, no own backups. */
function wipe(): void {
  for (const f of ['xiufu.db', 'xiufu.db-wal', 'xiufu.db-shm', 'files'])
    rmSync(join(dataDir, f), { recursive: true, force: true });
  // The own location goes too, except the list of folders backed up to (the app must know
  // the folder a restore comes from, as it does after "Back up to a folder…").
  const own = join(dataDir, 'backups');
  if (!existsSync(own)) return;
  for (const f of readdirSync(own, { withFileTypes: true }))
    if (f.name !== 'locations.json') rmSync(join(own, f.name), { recursive: true, force: true });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

interface Row {
  label: string;
  project: ProjectRun[];
  bare: number[];
}

/** Runs project and bare alternately (the first of each pair alternates too), warm-up first. */
async function interleaved(
  label: string,
  project: (round: number) => Promise<ProjectRun>,
  bare: (round: number) => Promise<number>,
): Promise<Row> {
  const row: Row = { label, project: [], bare: [] };
  for (let round = 0; round <= RUNS; round++) {
    const tag = round === 0 ? 'warm-up' : `run ${round}/${RUNS}`;
    const pair = [
      async () => {
        const r = await project(round);
        console.log(`  ${label}, ${tag}: project ${s(r.ms)}`);
        if (round > 0) row.project.push(r);
      },
      async () => {
        const ms = await bare(round);
        console.log(`  ${label}, ${tag}: bare ${s(ms)}`);
        if (round > 0) row.bare.push(ms);
      },
    ];
    if (round % 2 === 1) pair.reverse();
    for (const step of pair) await step();
  }
  return row;
}

function phaseLine(runs: ProjectRun[]): string {
  const names = Object.keys(runs[0]!.phases);
  return names.map((n) => `${n} ${s(median(runs.map((r) => r.phases[n] ?? 0)))}`).join(' · ');
}

let backend: Backend | null = null;
try {
  const t = Date.now();
  let seeded = cachedSeed(root, CASES, MB);
  if (seeded) console.log(`Using the data folder seeded before in ${root}`);
  else {
    console.log(`Seeding ${CASES} cases and ${MB} MB of attachments through the channels…`);
    seeded = await seed(root, CASES, MB);
    console.log(`Seeded in ${s(Date.now() - t)}`);
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  backend = await open();
  const dataFile = statSync(join(dataDir, 'xiufu.db')).size;

  let source: { id: string; location: string } | null = null;
  let backupBytes = 0;
  let bareBytes = 0;
  const backups = await interleaved(
    'backup + verify',
    async (round) => {
      const to = join(out, `project-${round}`);
      mkdirSync(to, { recursive: true });
      const run = await projectBackup(backend!, to);
      backupBytes = folderBytes(to);
      if (source) rmSync(join(source.location, '..'), { recursive: true, force: true });
      source = { id: run.backup.id, location: run.backup.location };
      return run;
    },
    async (round) => {
      const to = join(out, `bare-${round}`);
      const ms = await timed(() => bareBackup(dataDir, to));
      bareBytes = folderBytes(to);
      rmSync(to, { recursive: true, force: true });
      return ms;
    },
  );
  const { id, location } = source!;
  const dbBytes = statSync(join(location, id, 'xiufu.db')).size;
  const fileBytes = backups.project.at(-1)!.backup.size - dbBytes;

  const restores = await interleaved(
    'verified restore',
    async () => {
      backend!.close();
      wipe();
      backend = await open();
      return projectRestore(backend, id, location);
    },
    async () => {
      backend!.close();
      wipe();
      const ms = await timed(() => bareRestore(location, id, dataDir));
      backend = await open();
      return ms;
    },
  );

  // Both paths must have brought back everything: the last restore (bare) is checked here.
  const { current } = await call(backend, 'backups.list', {});
  const expected = backups.project.at(-1)!.backup.counts!;
  if (JSON.stringify(current?.counts) !== JSON.stringify(expected))
    throw new Error(
      `restored ${JSON.stringify(current?.counts)}, expected ${JSON.stringify(expected)}`,
    );

  const cpu = cpus();
  console.log(
    `\nBackup and verified restore: ${seeded.cases} cases, ${seeded.files} attachments; ` +
      `median of ${RUNS} runs after one warm-up, project and bare interleaved`,
  );
  console.log(
    `machine: ${cpu.length} cores (${cpu[0]?.model ?? '?'}), ${mb(totalmem())} RAM, Node ${process.version}`,
  );
  console.log(
    `database ${mb(dbBytes)} (the data folder's xiufu.db: ${mb(dataFile)}) · attachments ${mb(fileBytes)} · ` +
      `backup folder: project ${mb(backupBytes)}, bare ${mb(bareBytes)}`,
  );
  console.log(
    `restored data checked: ${expected.clients} clients, ${expected.cases} cases, ${expected.files} files\n`,
  );
  console.log(
    `${''.padEnd(18)}${'project'.padStart(10)}${'bare'.padStart(10)}${'ratio'.padStart(8)}   runs (project | bare)`,
  );
  for (const row of [backups, restores]) {
    const p = median(row.project.map((r) => r.ms));
    const b = median(row.bare);
    const runs = `${row.project.map((r) => s(r.ms)).join(' ')} | ${row.bare.map(s).join(' ')}`;
    console.log(
      `${row.label.padEnd(18)}${s(p).padStart(10)}${s(b).padStart(10)}${(p / b).toFixed(2).padStart(8)}   ${runs}`,
    );
  }
  console.log(`\nproject backup, by phase (medians): ${phaseLine(backups.project)}`);
  console.log(`project restore, by phase (medians): ${phaseLine(restores.project)}`);
} finally {
  backend?.close();
  rmSync(out, { recursive: true, force: true });
  if (KEEP) rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  else rmSync(root, { recursive: true, force: true });
}
