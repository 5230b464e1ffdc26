/**
 * What a job's thread is given (jobs/run-worker.ts): its job, and the keys of the
 * encrypted folders this process has unlocked (db/crypt/keyring.ts), so the worker's own
 * connections are keyed too. The keys travel in memory, never through a file.
 */
import { workerData } from 'node:worker_threads';
import { adoptKeys, heldKeys } from '../db/crypt/keyring';

interface Envelope {
  job: unknown;
  keys: [string, Buffer][];
}

export const envelope = (job: unknown): Envelope => ({ job, keys: heldKeys() });

/** In the worker: takes the keys, answers the job. */
export function takeJob<T>(): T {
  const data = workerData as Envelope;
  adoptKeys(data.keys);
  return data.job as T;
}
