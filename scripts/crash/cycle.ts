/**
 * One cycle of the crash test: start the server on the data folder (recovering from the
 * last kill, sweeping what it sweeps), check what the last cycle left through the API and
 * on disk, write until a kill aimed at a random moment (sometimes mid-upload or
 * mid-export), `kill -9`, then check the database with the server gone.
 */
import { startServer, type RunningServer } from '../../e2e/server';
import { inspectData, type InspectedData } from '../../db/inspect';
import { checkDatabase, reconcile, type Problem } from './check-db';
import { checkFiles, referencedHashes, type FileFindings } from './check-files';
import { checkThroughApi } from './check-api';
import { apiOf } from './http';
import type { Model } from './model';
import type { KillPoint } from './ops';
import type { Random } from './random';
import { workload, type Refusal } from './workload';

export type Aim = 'timer' | KillPoint;

export interface CycleResult {
  /** What the kill was aimed at, and what it hit (a point that never came falls back to the timer). */
  aim: Aim;
  hit: Aim;
  problems: Problem[];
  files: FileFindings | null;
  refusals: Refusal[];
}

/** What a cycle hands the next: the rows it saw, to check the files against after the restart. */
export interface Carry {
  data: InspectedData;
  touched: Set<number>;
}

const FALLBACK_MS = 6_000;

function plan(rnd: Random): { aim: Aim; nth: number; delayMs: number } {
  const r = rnd.next();
  if (r < 0.4) return { aim: 'timer', nth: 0, delayMs: rnd.int(30, 2500) };
  if (r < 0.65) return { aim: 'upload.chunk', nth: rnd.int(1, 6), delayMs: rnd.int(0, 5) };
  if (r < 0.78) return { aim: 'upload.finish', nth: rnd.int(1, 2), delayMs: rnd.int(0, 20) };
  if (r < 0.9) return { aim: 'packet.start', nth: 1, delayMs: rnd.int(0, 150) };
  return { aim: 'job.progress', nth: rnd.int(1, 3), delayMs: rnd.int(0, 5) };
}

/** After a restart: the API shows what the rows hold, and the files match the rows. */
export async function afterRestart(
  server: RunningServer,
  dataDir: string,
  carry: Carry | null,
): Promise<{ problems: Problem[]; files: FileFindings | null }> {
  if (!carry) return { problems: [], files: null };
  const api = apiOf(server.url, server.token);
  const problems = await checkThroughApi(api, carry.data, carry.touched);
  const referenced = referencedHashes(carry.data);
  let files = checkFiles(dataDir, referenced);
  // The start-up sweep may still be running just after the ready line: look again briefly.
  for (let i = 0; i < 3 && files.orphans.length + files.partial.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 300));
    files = checkFiles(dataDir, referenced);
  }
  return { problems, files };
}

/** Before the first kill: a few cases with documents, so that even a short run exports. */
export async function prepare(dataDir: string, model: Model, rnd: Random): Promise<void> {
  const server = await startServer(dataDir);
  const refusals: Refusal[] = [];
  const work = workload({
    api: apiOf(server.url, server.token),
    model,
    rnd,
    refusals,
    point: () => {},
  });
  await work.prepare(3);
  await server.stop();
  if (refusals.length) throw new Error(`preparing refused: ${JSON.stringify(refusals)}`);
}

export async function runCycle(opts: {
  dataDir: string;
  model: Model;
  rnd: Random;
  carry: Carry | null;
  workers: number;
}): Promise<{ result: CycleResult; carry: Carry }> {
  const { model, rnd } = opts;
  const server = await startServer(opts.dataDir);
  const restart = await afterRestart(server, opts.dataDir, opts.carry);
  const api = apiOf(server.url, server.token);
  const refusals: Refusal[] = [];
  const { aim, nth, delayMs } = plan(rnd);
  let hit: Aim | null = null;
  let killing: Promise<void> | null = null;
  const kill = (why: Aim) => {
    if (killing) return;
    hit = why;
    killing = server.kill();
  };
  let seen = 0;
  const work = workload({
    api,
    model,
    rnd,
    refusals,
    point(name) {
      if (name !== aim || ++seen !== nth) return;
      setTimeout(() => kill(aim), delayMs);
    },
  });
  void api.listen((name, payload) => work.onEvent(name, payload));
  const timer = setTimeout(() => kill('timer'), aim === 'timer' ? delayMs : FALLBACK_MS);
  const running = work.run(opts.workers);
  // Workers stop once the server is gone (every call then goes unanswered).
  await new Promise<void>((resolve) => {
    const wait = () => (killing ? resolve() : setTimeout(wait, 5));
    wait();
  });
  await killing;
  clearTimeout(timer);
  work.killed();
  await running;
  model.releaseAll();

  // A fault the server logged (a background export's, say) counts like an internal answer.
  for (const line of server.output().split('\n'))
    if (line.includes('"level":"error"'))
      refusals.push({ channel: 'server log', code: 'internal', message: line.slice(0, 500) });

  const data = inspectData(opts.dataDir);
  const problems = [...restart.problems, ...checkDatabase(data, model)];
  reconcile(data, model);
  return {
    result: { aim, hit: hit!, problems, files: restart.files, refusals },
    carry: { data, touched: work.touched },
  };
}
