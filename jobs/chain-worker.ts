/** Worker-thread entry of history.verify: walks the chain (jobs/chain-ops.ts). */
import { runChainJob, type ChainJob } from './chain-ops';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<'verifying'>((signal, progress) =>
  runChainJob(takeJob<ChainJob>(), signal, (done, total) => progress('verifying', done, total)),
);
