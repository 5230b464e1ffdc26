/** Worker-thread entry of a case bundle's check before import (jobs/bundle-read.ts). */
import { readBundle } from './bundle-read';
import { serveJob } from './serve-job';
import { takeJob } from './worker-data';

serveJob<'verifying'>((signal, progress) => {
  const { bytes } = takeJob<{ bytes: Uint8Array }>();
  progress('verifying', 0, 1);
  signal.throwIfAborted();
  const result = readBundle(bytes);
  progress('verifying', 1, 1);
  return Promise.resolve(result);
});
