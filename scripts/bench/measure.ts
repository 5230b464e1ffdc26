/**
 * One measurement: the project's path (a channel through dispatch) against the bare
 * replay of the statements that call ran (scripts/bench/trace.ts), on the same file.
 * Both arms are warmed up, then run alternately, the first of each pair alternating too,
 * and reported as medians with their spread (fastest and slowest run) and the ratio.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { countStatements, replay, traced, type Step } from './trace';

export interface Arm {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export interface Result {
  label: string;
  channel: string;
  input: unknown;
  /** Statements the project ran in one call (execs and pragmas included); distinct texts. */
  statements: number;
  distinct: number;
  /** Rows the call's reads returned. */
  rows: number;
  runs: number;
  project: Arm;
  bare: Arm;
  ratio: number;
}

export interface Subject {
  label: string;
  channel: string;
  input: unknown;
  /** The project's call; answers its duration in ms. */
  project: () => Promise<number>;
  /**
   * Runs the call's statements in-process, to be recorded for the bare arm, when the
   * project's call runs them in a worker thread (where they cannot be traced).
   */
  trace?: () => Promise<unknown> | unknown;
  /** Runs before each run of either arm, untimed (a recompute needs its cases stale again). */
  before?: () => Promise<void> | void;
  /** Runs before each run of the project's arm, untimed and untraced (reopening the folder). */
  setup?: () => Promise<void>;
  /** A budget for the timed runs of both arms together, in ms (at least 3 runs, at most 30). */
  budgetMs?: number;
}

const arm = (samples: number[]): Arm => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    min: sorted[0]!,
    max: sorted.at(-1)!,
    samples,
  };
};

export async function measure(raw: BetterSqlite3.Database, subject: Subject): Promise<Result> {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const project = async () => {
    await subject.setup?.();
    return subject.project();
  };
  await subject.before?.();
  await subject.setup?.();
  const steps: Step[] = await traced(
    raw.name,
    async () => void (await (subject.trace ?? subject.project)()),
  );
  const bare = () => {
    const t = performance.now();
    replay(raw, steps, cache);
    return performance.now() - t;
  };
  // Warm-up: one of each (the trace above was the project's first), then sized runs.
  await subject.before?.();
  const warmProject = await project();
  await subject.before?.();
  const warmBare = bare();
  const budget = subject.budgetMs ?? 20_000;
  const runs = Math.max(3, Math.min(30, Math.floor(budget / (warmProject + warmBare + 0.01))));
  const projectRuns: number[] = [];
  const bareRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const pair = [async () => projectRuns.push(await project()), async () => bareRuns.push(bare())];
    if (i % 2 === 1) pair.reverse();
    for (const step of pair) {
      await subject.before?.();
      await step();
    }
  }
  const counted = countStatements(steps);
  const p = arm(projectRuns);
  const b = arm(bareRuns);
  return {
    label: subject.label,
    channel: subject.channel,
    input: subject.input,
    ...counted,
    rows: replay(
      raw,
      steps.filter((s) => s.kind === 'stmt' && s.method !== 'run'),
      cache,
    ),
    runs,
    project: p,
    bare: b,
    ratio: p.median / b.median,
  };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(2)} ms`);

export function table(results: readonly Result[]): string {
  const head = `${'measurement'.padEnd(44)}${'project'.padStart(11)}${'bare SQL'.padStart(11)}${'ratio'.padStart(8)}${'stmts'.padStart(8)}  spread project | bare (runs)`;
  const lines = results.map(
    (r) =>
      `${r.label.padEnd(44)}${ms(r.project.median).padStart(11)}${ms(r.bare.median).padStart(11)}` +
      `${r.ratio.toFixed(2).padStart(8)}${String(r.statements).padStart(8)}  ` +
      `${ms(r.project.min)}–${ms(r.project.max)} | ${ms(r.bare.min)}–${ms(r.bare.max)} (${r.runs})`,
  );
  return [head, ...lines].join('\n');
}

/** This run against an earlier one's JSON: each measurement's medians, then and now. */
export function compare(results: readonly Result[], file: string): string {
  const before = JSON.parse(readFileSync(file, 'utf8')) as { cases: number; results: Result[] };
  const lines = results.map((r) => {
    const old = before.results.find((b) => b.label === r.label);
    if (!old) return `${r.label.padEnd(44)}(not in ${file})`;
    const speedup = old.project.median / r.project.median;
    return (
      `${r.label.padEnd(44)}${ms(old.project.median).padStart(11)}${ms(r.project.median).padStart(11)}` +
      `${`${speedup.toFixed(2)}×`.padStart(9)}${old.ratio.toFixed(2).padStart(11)}${r.ratio.toFixed(2).padStart(8)}`
    );
  });
  const head = `compared with ${file} (${before.cases} cases)\n${''.padEnd(44)}${'before'.padStart(11)}${'now'.padStart(11)}${'faster'.padStart(9)}${'ratio was'.padStart(11)}${'now'.padStart(8)}`;
  return [head, ...lines].join('\n');
}

/** Measures each subject in turn, printing its ratio as it finishes. */
export async function measureAll(
  raw: BetterSqlite3.Database,
  subjects: readonly Subject[],
): Promise<Result[]> {
  const results: Result[] = [];
  for (const subject of subjects) {
    const t = Date.now();
    const r = await measure(raw, subject);
    results.push(r);
    console.log(
      `  ${r.label}: ${r.ratio.toFixed(2)}× (${r.runs} runs, ${((Date.now() - t) / 1000).toFixed(0)} s)`,
    );
  }
  return results;
}

/** The machine the figures were taken on, for the report. */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
}
