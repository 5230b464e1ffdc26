/**
 * The history chain's integrity for one backend (issue 11): verifications run in a worker
 * thread (jobs/chain-worker.ts) at start, after every restore, on demand and — inside the
 * backup job — on every backup; the latest result is kept here and served by
 * history.status and the history.status event. Checkpoints handed out or checked are
 * remembered (db/checkpoints.ts) so later verifications hold the chain to them.
 */
import { randomUUID } from 'node:crypto';
import type { ChainVerdict, Checkpoint, CheckpointCheck, IntegrityStatus } from '../core/integrity';
import { rememberCheckpoint, supersede } from '../db/checkpoints';
import { chainHead, holdsAt } from '../db/history-verify';
import type { ChainJob } from '../jobs/chain-ops';
import { JobCancelledError, runWorker, type RunningWorker } from '../jobs/run-worker';
import type { DataFolder } from './data-folder';
import { AppError } from './errors';
import type { EventHub } from './events';

export interface IntegrityOptions {
  folder: DataFolder;
  events: EventHub;
  log: (line: Record<string, unknown>) => void;
  bundledJobs?: string;
  /** A read-only folder: checkpoints are handed out but not remembered. */
  readOnly: boolean;
}

interface Job {
  id: string;
  worker: RunningWorker<ChainVerdict>;
  done: number;
  total: number;
}

export class IntegrityService {
  private verdict: ChainVerdict | null = null;
  private job: Job | null = null;

  constructor(private readonly o: IntegrityOptions) {}

  status(): IntegrityStatus {
    const j = this.job;
    return {
      verdict: this.verdict,
      running: j ? { jobId: j.id, done: j.done, total: j.total } : null,
    };
  }

  private changed(): void {
    this.o.events.emit('history.status', this.status());
  }

  /** Starts a verification (one that runs is replaced: it would report on older data). */
  start(): { jobId: string } {
    this.job?.worker.cancel();
    const id = randomUUID();
    const job: ChainJob = { dataDir: this.o.folder.dataDir };
    const worker = runWorker<ChainVerdict, 'chain-worker'>('chain-worker', job, {
      bundledDir: this.o.bundledJobs,
      onProgress: (_phase, done, total) => {
        if (this.job?.id !== id) return;
        this.job.done = done;
        this.job.total = total;
        this.changed();
      },
    });
    this.job = { id, worker, done: 0, total: 0 };
    worker.result.then(
      (verdict) => {
        if (this.job?.id !== id) return;
        this.job = null;
        this.verdict = verdict;
        this.changed();
      },
      (err: unknown) => {
        if (this.job?.id !== id) return;
        this.job = null;
        if (!(err instanceof JobCancelledError))
          this.o.log({ level: 'error', where: 'history.verify', error: String(err) });
        this.changed();
      },
    );
    this.changed();
    return { jobId: id };
  }

  /** The folder was (re)opened: what was known is about other data now. */
  opened(verify: boolean): void {
    this.verdict = null;
    if (verify) this.start();
    else this.changed();
  }

  /** What a backup's own verification of the chain found, the freshest news there is. */
  record(verdict: ChainVerdict): void {
    if (this.job) return;
    this.verdict = verdict;
    this.changed();
  }

  private db() {
    const data = this.o.folder.data();
    if (!data) throw new AppError('recovery', 'recovery.refused');
    return data.db;
  }

  private async remember(cp: Checkpoint): Promise<void> {
    if (this.o.readOnly) return;
    await rememberCheckpoint(this.o.folder.dataDir, cp).catch((err: unknown) =>
      this.o.log({ level: 'warn', where: 'history.checkpoint', error: String(err) }),
    );
  }

  /** The head now: counted on from the last verified head, so it costs only the entries since. */
  async checkpoint(): Promise<Checkpoint> {
    // Before the first verification ends, counting every entry here would hold the server
    // thread (about 0.1 s per 500,000 entries): wait for the walk's count instead.
    if (this.verdict === null && this.job) await this.job.worker.result.catch(() => undefined);
    const v = this.verdict;
    const base = v?.state === 'intact' ? v.head : undefined;
    const cp = { ...chainHead(this.db(), base), at: new Date().toISOString() };
    await this.remember(cp);
    return cp;
  }

  /** Whether today's chain still has a saved checkpoint's hash at its entry. */
  async check(cp: Checkpoint): Promise<CheckpointCheck> {
    const { holds, found } = holdsAt(this.db(), cp);
    if (!holds) return { state: 'rewritten', checkpoint: cp, found };
    // The hash is still there, but the last verification found the chain broken before it.
    const v = this.verdict;
    const broken = v?.state === 'broken' ? v.found.entry : null;
    if (broken && broken.id <= cp.id) return { state: 'rewritten', checkpoint: cp, found: broken };
    await this.remember(cp);
    return { state: 'holds', checkpoint: cp };
  }

  /** A restore put an older chain in place on purpose: later checkpoints are set aside, then verified. */
  async afterRestore(): Promise<void> {
    const db = this.o.folder.data()?.db;
    if (!db) return;
    await supersede(this.o.folder.dataDir, (cp) => holdsAt(db, cp).holds).catch((err: unknown) =>
      this.o.log({ level: 'warn', where: 'history checkpoints', error: String(err) }),
    );
    this.start();
  }

  close(): void {
    this.job?.worker.cancel();
    this.job = null;
  }
}
