/**
 * `npm run serve`: the browser shell. Reads the environment, claims the data folder (one
 * owner at a time; a second start says who has it and exits 1), opens the backend on it,
 * starts the loopback server and prints the one line a user (or a test harness) needs:
 * `Xiufu is ready at http://127.0.0.1:PORT/?token=…`. Everything else goes to stderr so
 * stdout stays machine-readable.
 *
 * A data file that cannot be used (empty, foreign, damaged, newer) is said in one line on
 * stderr, and the server still starts: its page is the recovery screen. The process exits
 * with status 2 when it stops while the folder still needs recovery, 0 otherwise.
 */
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimDataFolder, folderRefusal } from '../api/claim-folder';
import { recoveryLine } from '../api/backup-messages';
import { createBackend, type Backend } from '../api/dispatch';
import type { Lang } from '../core/messages';
import { ConfigError, readConfig, type ServeConfig } from './config';
import { startServer, type RunningServer } from './server';

const here = fileURLToPath(import.meta.url);
/**
 * Run from source (tsx: tests, journeys) this is web/main.ts; run by `npm run serve` it is
 * the built .vite/serve/main.cjs, whose job workers are bundled beside it.
 */
const bundledJobs = here.endsWith('.ts') ? undefined : dirname(here);
const repoRoot = bundledJobs ? join(bundledJobs, '..', '..') : join(dirname(here), '..');

/** Status when the process ends with the data folder still in recovery mode. */
export const EXIT_RECOVERY = 2;

/** The command line speaks Chinese where the locale does. */
const cliLang = (): Lang =>
  /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '')
    ? 'zh'
    : 'en';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ServeConfig;
  try {
    config = readConfig({
      env: process.env,
      platform: process.platform,
      homedir: os.homedir(),
      repoRoot,
      cwd: process.cwd(),
    });
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }

  // Taken before the database opens, so nothing of another owner's is ever touched.
  const claim = claimDataFolder(config.dataDir, { shell: 'browser', readOnly: config.readOnly });
  if (!claim.ok) fail(claim.message('en'));
  // The lock also lets go by itself when the process exits, whichever way it does.
  const { lock, readOnly } = claim;
  console.error(
    `Xiufu data folder: ${config.dataDir}${readOnly ? ' (read-only: nothing can be changed)' : ''}`,
  );

  let quit = (): void => undefined;
  const backend: Backend = createBackend({
    dataDir: config.dataDir,
    readOnly,
    dailyBackup: true,
    verifyHistory: true,
    bundledJobs,
    // The recovery screen's Quit: after its answer has reached the page.
    shell: { quit: () => setTimeout(() => quit(), 250) },
  });
  try {
    await backend.ready;
  } catch (err) {
    backend.close();
    const refusal = folderRefusal(err);
    if (refusal) fail(refusal('en'));
    throw err;
  }
  const recovery = backend.recovery();
  if (recovery) console.error(recoveryLine(recovery, cliLang()));
  let server: RunningServer;
  try {
    server = await startServer({ backend, rendererDir: config.rendererDir, port: config.port });
  } catch (err) {
    backend.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail(
        `Port ${config.port} is already in use; set XIUFU_PORT to another port (0 = any free one) and try again.`,
      );
    }
    if (code === 'EACCES')
      fail(
        `Not allowed to listen on port ${config.port}; set XIUFU_PORT to a port above 1023 (0 = any free one).`,
      );
    throw err;
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals | 'quit') => {
    // A second Ctrl+C while closing means "now".
    if (stopping) process.exit(130);
    stopping = true;
    console.error(
      signal === 'quit'
        ? 'Xiufu: quit from the app, shutting down.'
        : `Xiufu: ${signal} received, shutting down.`,
    );
    server
      .close()
      .catch((err: unknown) =>
        console.error(`Xiufu: error while closing the server: ${String(err)}`),
      )
      .finally(() => {
        const status = backend.recovery() ? EXIT_RECOVERY : 0;
        try {
          backend.close();
        } catch (err) {
          console.error(`Xiufu: error while closing the database: ${String(err)}`);
        }
        // Last: the folder is free only once the database is closed.
        lock.release();
        process.exit(status);
      });
  };
  quit = () => stop('quit');
  // Before the ready line: whoever reads it may stop us at once, and a signal that
  // arrives before its handler would end the process without closing anything.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // A second start can now point the user here instead of only naming the process.
  lock.announce({ address: server.url });
  console.log(`Xiufu is ready at ${server.url}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
