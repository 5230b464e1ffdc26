/**
 * A few workers writing at once, as a busy desk does (several windows, an upload and an
 * export running while notes are typed), until the server is killed under them.
 */
import type { PacketRecord } from '../../core/types';
import { NoAnswer, type Api } from './http';
import type { CaseModel, Model } from './model';
import * as op from './ops';
import * as fileOp from './ops-files';
import type { KillPoint, OpContext } from './ops';
import type { Random } from './random';

export interface Refusal {
  channel: string;
  code: string;
  message: string;
}

type JobEnd = { ok: boolean; packet?: PacketRecord; message?: string };

export interface Workload {
  /** Feed every push event of the server here. */
  onEvent(name: string, payload: unknown): void;
  /** Runs the workers until the server stops answering. */
  run(workers: number): Promise<void>;
  /** The server was killed: waiting exports give up. */
  killed(): void;
  /** Cases written to (or in flight) in this cycle. */
  touched: Set<number>;
  /** Before the first kill: a few clients with a case each and a document attached. */
  prepare(cases: number): Promise<void>;
}

export function workload(opts: {
  api: Api;
  model: Model;
  rnd: Random;
  point(name: KillPoint): void;
  refusals: Refusal[];
}): Workload {
  const { model, rnd } = opts;
  const jobs = new Map<string, (end: JobEnd | null) => void>();
  const early = new Map<string, JobEnd>();
  const touched = new Set<number>();
  let dead = false;

  const ctx: OpContext = {
    api: opts.api,
    model,
    rnd,
    point: opts.point,
    refused: (channel, error) => opts.refusals.push({ channel, ...error }),
    jobDone: (jobId) =>
      new Promise((resolve) => {
        if (dead) return resolve(null);
        const end = early.get(jobId);
        if (end) return resolve(end);
        jobs.set(jobId, resolve);
      }),
  };

  /** Runs one operation on a case that no other worker is writing to. */
  async function onCase(
    filter: (m: CaseModel) => boolean,
    fn: (c: OpContext, m: CaseModel) => Promise<void>,
  ): Promise<boolean> {
    const candidates = [...model.cases.values()].filter(filter);
    if (candidates.length === 0) return false;
    const m = rnd.pick(candidates);
    if (!model.claim(`case:${m.id}`)) return false;
    touched.add(m.id);
    try {
      await fn(ctx, m);
    } finally {
      model.release(`case:${m.id}`);
    }
    return true;
  }

  async function onClient(fn: (c: OpContext, id: number) => Promise<void>): Promise<boolean> {
    const ids = [...model.clients.keys()];
    if (ids.length === 0) return false;
    const id = rnd.pick(ids);
    if (!model.claim(`client:${id}`)) return false;
    try {
      await fn(ctx, id);
    } finally {
      model.release(`client:${id}`);
    }
    return true;
  }

  const hasLiveFile = (m: CaseModel, embeddable = false) =>
    [...m.files.values()].some((f) => !f.removed.acked && (!embeddable || f.embeddable));

  /** Each step with its weight: what a day at the desk is mostly made of. */
  const steps: [number, () => Promise<boolean>][] = [
    [1, () => op.createClient(ctx).then(() => true)],
    [1, () => onClient(op.updateClient)],
    [2, () => onClient(op.createCase)],
    [3, () => onCase(() => true, op.updateNotes)],
    [3, () => onCase((m) => m.checklist.length > 0, op.setDocument)],
    [2, () => onCase((m) => !m.flowDone, op.addEvent)],
    [2, () => onCase((m) => m.listingIds.some((id) => model.listings.has(id)), op.editListing)],
    [1, () => onCase((m) => m.flowStep === 0, op.addListing)],
    [3, () => onCase((m) => m.checklist.length > 0, fileOp.upload)],
    [1, () => onCase((m) => hasLiveFile(m), fileOp.removeFile)],
    [2, () => onCase((m) => hasLiveFile(m, true), fileOp.exportPacket)],
  ];
  const total = steps.reduce((n, [w]) => n + w, 0);

  async function step(): Promise<void> {
    // A fresh folder has nothing to edit yet: a client and a case come first.
    if (model.clients.size === 0) return op.createClient(ctx);
    if (model.cases.size === 0) return void (await onClient(op.createCase));
    // A step with nothing to work on (or whose case another worker holds) draws again.
    for (let tries = 0; tries < 5; tries++) {
      let r = rnd.next() * total;
      const [, run] = steps.find(([weight]) => (r -= weight) < 0)!;
      if (await run()) return;
    }
    await op.createClient(ctx);
  }

  async function worker(): Promise<void> {
    while (!dead) {
      try {
        await step();
        // A moment between steps, as between a user's clicks (and so that kills land anywhere).
        await new Promise((r) => setTimeout(r, rnd.int(0, 40)));
      } catch (err) {
        if (err instanceof NoAnswer) return;
        throw err;
      }
    }
  }

  return {
    touched,
    async prepare(cases) {
      for (let i = 0; i < cases; i++) await op.createClient(ctx);
      for (const id of [...model.clients.keys()].slice(0, cases)) await op.createCase(ctx, id);
      for (const m of model.cases.values()) await fileOp.upload(ctx, m);
    },
    onEvent(name, payload) {
      if (name !== 'job.done' && name !== 'job.progress') return;
      if (name === 'job.progress') return opts.point('job.progress');
      const end = payload as JobEnd & { jobId: string };
      const waiting = jobs.get(end.jobId);
      if (waiting) {
        jobs.delete(end.jobId);
        waiting(end);
      } else early.set(end.jobId, end);
    },
    run: (workers) => Promise.all(Array.from({ length: workers }, worker)).then(() => undefined),
    killed() {
      dead = true;
      for (const resolve of jobs.values()) resolve(null);
      jobs.clear();
    },
  };
}
