/**
 * Worker-thread entry of a personal-data export (api/handlers/personal-export.ts starts it
 * through jobs/run-worker.ts): the client's records and every stored file of theirs, each
 * read and checked against its hash, written into one zip (fflate). The files may be
 * large, so this never runs on the server thread. Progress is in entries; stops on "cancel".
 * A case bundle (api/handlers/bundles.ts) is made the same way, with its manifest added.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { zipSync, type Zippable } from 'fflate';
import { createAttachmentStore } from '../db/attachments/store';
import { serializeError, type WorkerMessage } from './messages';
import type { ExportJob, ExportJobResult } from './personal-export-job';
import { takeJob } from './worker-data';

const port = parentPort!;
const controller = new AbortController();
port.on('message', (m) => {
  if (m === 'cancel') controller.abort();
});
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

async function archive(job: ExportJob, signal: AbortSignal): Promise<ExportJobResult> {
  // Opened to read only: this store never deletes (no reference check is given).
  const store = createAttachmentStore(job.dataDir);
  const files: Zippable = {};
  const listed: { path: string; size: number; sha256: string }[] = [];
  const total = job.entries.length;
  for (const [i, entry] of job.entries.entries()) {
    signal.throwIfAborted();
    const bytes =
      'text' in entry ? new TextEncoder().encode(entry.text) : await store.read(entry.sha256);
    // Stored files are mostly PDFs and images, already compressed: stored as they are.
    files[entry.path] = [bytes, { level: 'text' in entry ? 6 : 0 }];
    if (job.manifest) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      listed.push({ path: entry.path, size: bytes.length, sha256 });
    }
    post({ type: 'progress', phase: 'export', done: i + 1, total });
  }
  signal.throwIfAborted();
  if (job.manifest) {
    const manifest = JSON.stringify({ ...job.manifest, entries: listed }, null, 2);
    files['manifest.json'] = [new TextEncoder().encode(manifest), { level: 6 }];
  }
  return { bytes: zipSync(files) };
}

archive(takeJob<ExportJob>(), controller.signal)
  .then((value) => {
    const { buffer } = value.bytes;
    post({ type: 'done', value }, buffer instanceof ArrayBuffer ? [buffer] : []);
  })
  .catch((err: unknown) =>
    post({ type: 'error', cancelled: controller.signal.aborted, error: serializeError(err) }),
  )
  .finally(() => port.close());
