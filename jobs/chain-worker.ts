/**
 * Worker-thread entry of history.verify (jobs/run-worker.ts starts it): walks the chain
 * (jobs/chain-ops.ts), posts progress a few times a second at most, stops on "cancel".
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runChainJob, type ChainJob } from './chain-ops';
import { serializeError, type WorkerMessage } from './messages';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});

const post = (m: WorkerMessage) => port.postMessage(m);
let last = 0;

runChainJob(workerData as ChainJob, controller.signal, (done, total) => {
  const now = Date.now();
  if (now - last < 200 && done < total) return;
  last = now;
  post({ type: 'progress', phase: 'verifying', done, total });
})
  .then((value) => post({ type: 'done', value }))
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
