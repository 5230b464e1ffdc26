/**
 * Worker-thread entry of a packet's heavy work (api/handlers/packets.ts and files.ts start
 * it through jobs/run-worker.ts and jobs/file-checker.ts): the checks of large files
 * before they are attached (decoded as the packet will use them, one after another in a
 * thread that stays), the pre-flight's check of large stored files (each re-hashed
 * and decoded), or the export: every enclosed file read from the store and checked against
 * its hash, the packet rendered with pdf-lib and its bytes handed back (transferred, not
 * copied). Neither the hashing nor the rendering of hundreds of pages holds the server
 * thread. Posts progress a few times a second at most; stops on "cancel".
 */
import { parentPort } from 'node:worker_threads';
import { takeJob } from './worker-data';
import { checkFile, healthOf } from '../db/attachments/content';
import { createAttachmentStore } from '../db/attachments/store';
import { adoptKeys } from '../db/crypt/keyring';
import { serializeError, type WorkerMessage } from './messages';
import type {
  HealthJob,
  HealthJobResult,
  PacketJob,
  PacketJobResult,
  PacketWork,
  CheckAnswer,
  CheckRequest,
} from './packet-job';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});

const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
let last = 0;

const progress = (done: number, total: number) => {
  const now = Date.now();
  if (now - last < 200 && done < total) return;
  last = now;
  post({ type: 'progress', phase: 'packet', done, total });
};

async function health(job: HealthJob, signal: AbortSignal): Promise<HealthJobResult> {
  const store = createAttachmentStore(job.dataDir);
  const result: HealthJobResult = {};
  for (const [i, file] of job.files.entries()) {
    signal.throwIfAborted();
    result[file.sha256] = await healthOf(store, file);
    progress(i + 1, job.files.length);
  }
  return result;
}

async function render(job: PacketJob, signal: AbortSignal): Promise<PacketJobResult> {
  // Loaded here, not at the top: the renderer and its font engine take a good part of a
  // worker's start, which a file check does not need.
  const { buildPacket } = await import('../core/pdf');
  // Opened to read only: this store never deletes (no reference check is given).
  const store = createAttachmentStore(job.dataDir);
  const entries = [];
  for (const entry of job.entries) {
    signal.throwIfAborted();
    entries.push({ ...entry, bytes: await store.read(entry.sha256) });
  }
  const packet = await buildPacket({
    ...job.build,
    entries,
    signal,
    onProgress: progress,
  });
  return { bytes: packet.bytes, sha256: packet.sha256, pageCount: packet.pageCount };
}

/** Checks each file it is sent, for as long as the server keeps the thread; never settles. */
function serveChecks(): Promise<never> {
  port.on('message', (m: CheckRequest | 'cancel') => {
    if (m === 'cancel') return;
    const answer = (a: CheckAnswer) => port.postMessage(a);
    adoptKeys(m.keys);
    checkFile({ path: m.path }, m).then(
      (verdict) => answer({ id: m.id, verdict }),
      (err: unknown) => answer({ id: m.id, error: serializeError(err) }),
    );
  });
  return new Promise<never>(() => undefined);
}

const work = takeJob<PacketWork>();
const finished =
  work.op === 'checks'
    ? serveChecks()
    : work.op === 'health'
      ? health(work, controller.signal).then((value) => post({ type: 'done', value }))
      : render(work, controller.signal).then((value) => {
          const { buffer } = value.bytes;
          post({ type: 'done', value }, buffer instanceof ArrayBuffer ? [buffer] : []);
        });
finished
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
