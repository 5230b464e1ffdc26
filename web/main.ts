/**
 * `npm run serve`: the browser shell. Reads the environment, opens the backend on the
 * data folder, starts the loopback server and prints the one line a user (or a test
 * harness) needs: `Xiufu is ready at http://127.0.0.1:PORT/?token=…`. Everything else
 * goes to stderr so stdout stays machine-readable.
 *
 * A data file that cannot be used (empty, foreign, damaged, newer) is said in one line on
 * stderr, and the server still starts: its page is the recovery screen. The process exits
 * with status 2 when it stops while the folder still needs recovery, 0 otherwise.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { recoveryLine } from '../api/backup-messages';
import { createBackend, type Backend } from '../api/dispatch';
import type { Lang } from '../core/messages';
import { ConfigError, readConfig, type ServeConfig } from './config';
import { startServer, type RunningServer } from './server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

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

  try {
    mkdirSync(config.dataDir, { recursive: true });
  } catch (err) {
    fail(
      `Cannot create the data folder ${config.dataDir} (${(err as Error).message}); set XIUFU_DATA_DIR to a writable folder.`,
    );
  }
  console.error(`Xiufu data folder: ${config.dataDir}`);

  let quit = (): void => undefined;
  const backend: Backend = createBackend({
    dataDir: config.dataDir,
    dailyBackup: true,
    // The recovery screen's Quit: after its answer has reached the page.
    shell: { quit: () => setTimeout(() => quit(), 250) },
  });
  await backend.ready;
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

  console.log(`Xiufu is ready at ${server.url}`);

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
        process.exit(status);
      });
  };
  quit = () => stop('quit');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
