/**
 * Worker-thread entry of a re-key step (api/security-service.ts starts it): the database
 * copied and re-keyed beside the old one (db/crypt/rekey.ts), or the stored files sealed or
 * unsealed (db/attachments/convert.ts). Keys arrive in the job and the workerData, in memory.
 */
import { convertFiles } from '../db/attachments/convert';
import { prepareRekey, REKEY_STEPS, type RekeyJob, type RekeyStep } from '../db/crypt/rekey';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

/** Keys cross the thread boundary as plain Uint8Arrays. */
const asBuffer = <T extends { key: Uint8Array }>(k: T | null) =>
  k && { ...k, key: Buffer.from(k.key) };

serveJob<RekeyStep>(async (signal, progress) => {
  const job = takeJob<RekeyJob>();
  if (job.kind === 'files') {
    await convertFiles(job.dataDir, asBuffer(job.seal), {
      signal,
      onProgress: (done, total) => progress('files', done, total),
    });
    return null;
  }
  prepareRekey(job.dataDir, asBuffer(job.to), {
    signal,
    onStep: (step) =>
      progress(
        step as RekeyStep,
        REKEY_STEPS.indexOf(step as (typeof REKEY_STEPS)[number]),
        REKEY_STEPS.length,
      ),
  });
  return null;
});
