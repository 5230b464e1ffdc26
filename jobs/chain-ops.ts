/**
 * history.verify's work, callable in-process (tests) or in a worker thread
 * (jobs/chain-worker.ts): a read-only connection of its own walks the whole chain against
 * every checkpoint known, so the server thread keeps answering meanwhile.
 */
import type { ChainVerdict } from '../core/integrity';
import { openReadOnly } from '../db/backup/check';
import { knownCheckpoints } from '../db/checkpoints';
import { dataFilePath } from '../db/connection';
import { verifyChain } from '../db/history-verify';

export interface ChainJob {
  dataDir: string;
}

export async function runChainJob(
  job: ChainJob,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<ChainVerdict> {
  const checkpoints = await knownCheckpoints(job.dataDir);
  const reader = openReadOnly(dataFilePath(job.dataDir));
  try {
    return await verifyChain(reader.db, { checkpoints, signal, onProgress });
  } finally {
    reader.close();
  }
}
