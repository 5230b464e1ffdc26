/**
 * Worker-thread entry of the audit log's CSV export (jobs/run-worker.ts starts it): runs
 * the job in workerData, posts progress (a few times a second at most), stops on "cancel".
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runAuditExport, type AuditExportJob } from './audit-export';
import { serializeError, type WorkerMessage } from './messages';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});

const post = (m: WorkerMessage) => port.postMessage(m);
let last = 0;

runAuditExport(workerData as AuditExportJob, controller.signal, (done, total) => {
  const now = Date.now();
  if (now - last < 200 && done > 0 && done < total) return;
  last = now;
  post({ type: 'progress', phase: 'exporting', done, total });
})
  .then((value) => post({ type: 'done', value }))
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
