/**
 * Worker-thread entry of a backup job (jobs/run-worker.ts starts it): runs the op given
 * in workerData, posts progress (a few times a second at most), stops on "cancel".
 */
import { parentPort } from 'node:worker_threads';
import { runBackupJob, type BackupJob } from './backup-ops';
import { serializeError, type WorkerMessage } from './messages';
import { takeJob } from './worker-data';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});

const post = (m: WorkerMessage) => port.postMessage(m);
let last = 0;
let lastPhase = '';

runBackupJob(takeJob<BackupJob>(), controller.signal, (phase, done, total) => {
  const now = Date.now();
  if (phase === lastPhase && now - last < 200 && done < total) return;
  last = now;
  lastPhase = phase;
  post({ type: 'progress', phase, done, total });
})
  .then((value) => post({ type: 'done', value }))
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
