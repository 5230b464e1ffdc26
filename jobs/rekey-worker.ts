/**
 * Worker-thread entry of a re-key (api/security-service.ts starts it): copies and re-keys
 * the database beside the old one (db/crypt/rekey.ts), posts each step, stops on "cancel".
 * The new key arrives in the job, in memory.
 */
import { parentPort } from 'node:worker_threads';
import { prepareRekey, REKEY_STEPS, type RekeyJob, type RekeyStep } from '../db/crypt/rekey';
import { serializeError, type WorkerMessage } from './messages';
import { takeJob } from './worker-data';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});
const post = (m: WorkerMessage) => port.postMessage(m);

const job = takeJob<RekeyJob>();
// The key crosses the thread boundary as a plain Uint8Array.
const to = job.to && { file: job.to.file, key: Buffer.from(job.to.key) };
try {
  prepareRekey(job.dataDir, to, {
    signal: controller.signal,
    onStep: (step) => {
      const done = REKEY_STEPS.indexOf(step as RekeyStep);
      post({ type: 'progress', phase: step as RekeyStep, done, total: REKEY_STEPS.length });
    },
  });
  post({ type: 'done', value: null });
} catch (err) {
  post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) });
} finally {
  port.close();
}
