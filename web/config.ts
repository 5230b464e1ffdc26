/**
 * Turns the environment into the browser shell's settings. Pure (no I/O), so main.ts
 * stays a thin wrapper and the rules for each variable are unit-tested.
 */
import path from 'node:path';
import { defaultDataDir, readOnlyRequested, type Env } from '../api/data-dir';

/** The port `npm run serve` uses when XIUFU_PORT is unset; 0 asks for any free port. */
export const DEFAULT_PORT = 5178;

export interface ServeConfig {
  dataDir: string;
  port: number;
  rendererDir: string;
  /** XIUFU_READ_ONLY: open the folder read-only even where it could be written. */
  readOnly: boolean;
}

export interface ConfigSources {
  env: Env;
  platform: NodeJS.Platform;
  homedir: string;
  /** The repository root, where `npm run build:renderer` writes `.vite/renderer/main_window`. */
  repoRoot: string;
  /** Relative paths in the environment are taken from here. */
  cwd: string;
}

export class ConfigError extends Error {}

export function readConfig(src: ConfigSources): ServeConfig {
  const dataDirEnv = nonEmpty(src.env.XIUFU_DATA_DIR);
  const rendererEnv = nonEmpty(src.env.XIUFU_RENDERER_DIR);
  return {
    dataDir: dataDirEnv
      ? path.resolve(src.cwd, dataDirEnv)
      : defaultDataDir(src.platform, src.env, src.homedir),
    port: parsePort(src.env.XIUFU_PORT),
    rendererDir: rendererEnv
      ? path.resolve(src.cwd, rendererEnv)
      : path.join(src.repoRoot, '.vite', 'renderer', 'main_window'),
    readOnly: readOnlyRequested(src.env),
  };
}

export function parsePort(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return DEFAULT_PORT;
  // Digits only: Number('0x10') or Number('1e3') would quietly pick a surprising port.
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new ConfigError(
      `XIUFU_PORT must be a port number from 0 to 65535 (0 = any free port), not "${value}".`,
    );
  }
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
