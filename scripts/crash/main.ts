/**
 * `npm run test:crash -- --cycles 500 --seed 42`: kill -9 the browser shell again and
 * again while it writes, uploads and exports, and check after every restart that nothing
 * acknowledged was lost, nothing was half-written and no file was left behind. Prints the
 * seed first (the same seed repeats the same steps and kill aims; the exact moment of a
 * kill still depends on timing) and the figures last; exits non-zero on any finding.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../../e2e/server';
import { inspectData } from '../../db/inspect';
import { afterRestart, prepare, runCycle, type Carry } from './cycle';
import { Model } from './model';
import { seededRandom } from './random';
import { Tally } from './tally';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '10' },
    seed: { type: 'string' },
    workers: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const cycles = Number(values.cycles);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(cycles) || cycles < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run test:crash -- [--cycles N] [--seed S] [--workers W] [--keep]');
  process.exit(2);
}

// Ctrl+C ends the run through process.exit, which stops the server it started (e2e/server.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const dataDir = mkdtempSync(join(tmpdir(), 'xiufu-crash-'));
console.log(
  `Crash test: ${cycles} cycles, seed ${seed} (repeat with --seed ${seed}), data folder ${dataDir}`,
);
const rnd = seededRandom(seed);
const model = new Model();
const tally = new Tally();
const started = Date.now();
await prepare(dataDir, model, rnd);
let carry: Carry | null = null;
for (let n = 1; n <= cycles; n++) {
  const { result, carry: next } = await runCycle({
    dataDir,
    model,
    rnd,
    carry,
    workers: Number(values.workers),
  });
  carry = next;
  tally.add(n, result, model.acked);
  if (n % 25 === 0 || result.problems.length > 0)
    console.log(
      `  cycle ${n}/${cycles}: ${model.acked} writes acknowledged, ${tally.findings()} findings so far`,
    );
}

// A last restart: its checks, a clean shutdown, and the file checked once more at rest.
const server = await startServer(dataDir);
const last = await afterRestart(server, dataDir, carry);
await server.stop();
const atRest = inspectData(dataDir);
tally.add(
  cycles + 1,
  { aim: 'timer', hit: 'timer', problems: last.problems, files: last.files, refusals: [] },
  model.acked,
  false,
);
tally.integrity(atRest.integrity);

const failed = tally.print(cycles, seed, (Date.now() - started) / 1000, atRest);
if (failed || values.keep) console.log(`Data folder kept: ${dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
