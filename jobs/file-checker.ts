/**
 * Checks large files as documents (db/attachments/content.ts checkFile) in one worker
 * thread that stays while there is work: loading the decoders takes a worker the better
 * part of a second, more than checking a 100 MB upload, so it is paid once, and ahead of
 * time when an upload of a large file begins (warm). An idle thread ends after a while
 * and never keeps the process alive.
 */
import type { Worker } from 'node:worker_threads';
import type { FileVerdict } from '../core/files';
import { heldKeys } from '../db/crypt/keyring';
import { reviveError } from './messages';
import type { CheckAnswer, CheckRequest, ChecksJob } from './packet-job';
import { workerFor } from './run-worker';

const IDLE_MS = 60_000;

interface Waiting {
  resolve(verdict: FileVerdict): void;
  reject(err: Error): void;
}

export class FileChecker {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;

  /** `bundledDir`: where the bundled workers are (jobs/run-worker.ts); none from source. */
  constructor(private readonly bundledDir: string | undefined) {}

  /** Starts the thread now, so its start-up is over by the time a check is asked for. */
  warm(): void {
    this.thread();
    this.rest();
  }

  check(path: string, declared: { filename: string; mime: string }): Promise<FileVerdict> {
    const worker = this.thread();
    clearTimeout(this.idle);
    // Held while a check is due, so the process waits for its answer.
    worker.ref();
    const id = this.nextId++;
    const answer = new Promise<FileVerdict>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
    });
    worker.postMessage({ id, path, ...declared, keys: heldKeys() } satisfies CheckRequest);
    return answer.finally(() => this.rest());
  }

  /** Ends the thread now (tests; a check still due fails). */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const job: ChecksJob = { op: 'checks' };
    const worker = workerFor('packet-worker', job, this.bundledDir);
    worker.on('message', (m: CheckAnswer) => {
      const waiting = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if ('verdict' in m) waiting?.resolve(m.verdict);
      else waiting?.reject(reviveError(m.error));
    });
    // A thread that fails or stops fails the checks it owed; the next check starts another.
    const fail = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The file check's thread stopped (${code}).`)));
    this.worker = worker;
    return worker;
  }

  /** Nothing due: the thread no longer holds the process, and ends if it stays idle. */
  private rest(): void {
    if (this.waiting.size > 0 || !this.worker) return;
    const worker = this.worker;
    worker.unref();
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.worker !== worker || this.waiting.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }
}
