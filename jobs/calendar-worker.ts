/**
 * Worker-thread entry of a holiday year's preview or save (jobs/run-worker.ts starts it):
 * runs the job in workerData, posts progress (a few times a second at most), stops on "cancel".
 */
import { parentPort } from 'node:worker_threads';
import { runCalendarJob, type CalendarJob } from './calendar-ops';
import { serializeError, type WorkerMessage } from './messages';
import { takeJob } from './worker-data';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});

const post = (m: WorkerMessage) => port.postMessage(m);
let last = 0;

runCalendarJob(takeJob<CalendarJob>(), controller.signal, (done, total) => {
  const now = Date.now();
  if (now - last < 200 && done > 0 && done < total) return;
  last = now;
  post({ type: 'progress', phase: 'evaluating', done, total });
})
  .then((value) => post({ type: 'done', value }))
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
