/**
 * Whether the Electron binary is on this machine, for the Electron Playwright project
 * (run the journeys "where the binary exists", skip them elsewhere).
 *
 * Deliberately does not `require('electron')`: since Electron 45 that module downloads
 * the binary when it is missing, which here would mean a network attempt per test run.
 * It reads what the electron package's installer leaves behind instead: `path.txt`
 * (the executable's path inside `dist/`), or ELECTRON_OVERRIDE_DIST_PATH.
 * scripts/start.mjs does the same check in plain JavaScript; keep the two in step.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The installed electron package's folder, or null when the package itself is absent. */
function electronDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Executable inside dist/, as electron's install.js names it per platform. */
function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

export function electronBinaryPath(): string | null {
  const dir = electronDir();
  if (!dir) return null;
  let relative = platformExecutable();
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim() || relative;
  } catch {
    // No path.txt: the binary was never installed, unless an override dir holds it.
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
  try {
    return fs.statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

/** Why the Electron journeys are skipped; empty when the binary is present. */
export function electronSkipReason(): string {
  if (electronBinaryPath()) return '';
  return (
    'The Electron binary is not installed (node_modules/electron/dist is missing and could not be downloaded); ' +
    'the same journeys run against the browser shell.'
  );
}
