/**
 * Where both shells keep their data when XIUFU_DATA_DIR is not set: the platform's
 * usual per-user app-data folder. A pure function of (platform, env, homedir) so every
 * platform's rule can be unit-tested on any machine.
 */
import path from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export function defaultDataDir(platform: NodeJS.Platform, env: Env, homedir: string): string {
  switch (platform) {
    case 'win32': {
      // Always Windows path rules, even when the test runs on Linux.
      const appData = nonEmpty(env.APPDATA) ?? path.win32.join(homedir, 'AppData', 'Roaming');
      return path.win32.join(appData, 'Xiufu');
    }
    case 'darwin':
      return path.posix.join(homedir, 'Library', 'Application Support', 'Xiufu');
    default: {
      // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
      const xdg = nonEmpty(env.XDG_DATA_HOME);
      const base =
        xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.local', 'share');
      return path.posix.join(base, 'xiufu');
    }
  }
}

/**
 * XIUFU_READ_ONLY asks both shells to open the folder read-only (to look at a copy or a
 * backup without changing it). Any value but an empty one, 0, false, no or off means yes:
 * when in doubt, nothing is written.
 */
export function readOnlyRequested(env: Env): boolean {
  const value = nonEmpty(env.XIUFU_READ_ONLY)?.trim().toLowerCase();
  return value !== undefined && !['0', 'false', 'no', 'off'].includes(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The argument the desktop app restarts with to open another data folder (recovery screen). */
export const DATA_DIR_ARG = '--data-dir=';

/** The folder given with --data-dir=…, if any (the last one wins). */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  const given = argv.filter((a) => a.startsWith(DATA_DIR_ARG)).pop();
  return nonEmpty(given?.slice(DATA_DIR_ARG.length));
}

/** The same command line, opening `dataDir` instead of whatever folder it named. */
export function argsForDataDir(argv: readonly string[], dataDir: string): string[] {
  return [...argv.filter((a) => !a.startsWith(DATA_DIR_ARG)), DATA_DIR_ARG + dataDir];
}
