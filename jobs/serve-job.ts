/**
 * A worker thread's side of a job (jobs/run-worker.ts starts it): runs the job with the
 * thread's cancel signal ("cancel" from the server thread), posts its progress a few times
 * a second at most (each new phase, and the end, always), then its value or its error.
 */
import { parentPort } from 'node:worker_threads';
import { serializeError, type WorkerMessage } from './messages';

type Phase = Extract<WorkerMessage, { type: 'progress' }>['phase'];
export type Progress<P extends Phase> = (phase: P, done: number, total: number) => void;

export function serveJob<P extends Phase>(
  run: (signal: AbortSignal, progress: Progress<P>) => Promise<unknown>,
): void {
  const port = parentPort!;
  const controller = new AbortController();
  port.on('message', (m) => {
    if (m === 'cancel') controller.abort();
  });
  const post = (m: WorkerMessage) => port.postMessage(m);
  let last = 0;
  let lastPhase = '';
  run(controller.signal, (phase, done, total) => {
    const now = Date.now();
    if (phase === lastPhase && now - last < 200 && done > 0 && done < total) return;
    last = now;
    lastPhase = phase;
    post({ type: 'progress', phase, done, total });
  })
    .then((value) => post({ type: 'done', value }))
    .catch((err: unknown) =>
      post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
    )
    .finally(() => port.close());
}
