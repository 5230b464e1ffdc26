/**
 * Worker-thread entry of a packet export (api/handlers/packets.ts starts it through
 * jobs/run-worker.ts): reads every enclosed file from the store and checks its hash,
 * renders the packet with pdf-lib and hands back its bytes (transferred, not copied), so
 * neither the hashing nor the rendering of hundreds of pages holds the server thread.
 * Posts progress a few times a second at most; stops on "cancel".
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildPacket } from '../core/pdf';
import { createAttachmentStore } from '../db/attachments/store';
import { serializeError, type WorkerMessage } from './messages';
import type { PacketJob, PacketJobResult } from './packet-job';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});

const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
let last = 0;

async function run(job: PacketJob, signal: AbortSignal): Promise<PacketJobResult> {
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
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last < 200 && done < total) return;
      last = now;
      post({ type: 'progress', phase: 'packet', done, total });
    },
  });
  return { bytes: packet.bytes, sha256: packet.sha256, pageCount: packet.pageCount };
}

run(workerData as PacketJob, controller.signal)
  .then((value) => {
    const { buffer } = value.bytes;
    post({ type: 'done', value }, buffer instanceof ArrayBuffer ? [buffer] : []);
  })
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
