/**
 * Worker-thread entry of a re-key step (api/security-service.ts starts it): the database
 * copied and re-keyed beside the old one (db/crypt/rekey.ts), or the stored files sealed or
 * unsealed (db/attachments/convert.ts); posts progress, stops on "cancel". Keys arrive in
 * the job and the workerData, in memory.
 */
import { parentPort } from 'node:worker_threads';
import { convertFiles } from '../db/attachments/convert';
import { prepareRekey, REKEY_STEPS, type RekeyJob, type RekeyStep } from '../db/crypt/rekey';
import { serializeError, type WorkerMessage } from './messages';
import { takeJob } from './worker-data';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});
const post = (m: WorkerMessage) => port.postMessage(m);
let last = 0;

/** Keys cross the thread boundary as plain Uint8Arrays. */
const asBuffer = <T extends { key: Uint8Array }>(k: T | null) =>
  k && { ...k, key: Buffer.from(k.key) };

async function run(job: RekeyJob): Promise<void> {
  const { signal } = controller;
  if (job.kind === 'files') {
    await convertFiles(job.dataDir, asBuffer(job.seal), {
      signal,
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - last < 200 && done > 0 && done < total) return;
        last = now;
        post({ type: 'progress', phase: 'files', done, total });
      },
    });
    return;
  }
  prepareRekey(job.dataDir, asBuffer(job.to), {
    signal,
    onStep: (step) => {
      const done = REKEY_STEPS.indexOf(step as (typeof REKEY_STEPS)[number]);
      post({ type: 'progress', phase: step as RekeyStep, done, total: REKEY_STEPS.length });
    },
  });
}

run(takeJob<RekeyJob>())
  .then(() => post({ type: 'done', value: null }))
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
