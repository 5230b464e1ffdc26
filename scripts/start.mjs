/**
 * `npm start`: the desktop shell when Electron can run here, else the browser shell
 * (ARCHITECTURE.md "The two shells"). Electron's binary is not part of the npm package;
 * it is fetched on first run. Where that cannot happen (no network) or the binary cannot
 * run (no display, missing libraries), this says so in one line and runs `npm run serve`.
 *
 * Does not `require('electron')`: that downloads as a side effect and throws when it
 * cannot. e2e/electron-available.ts makes the same presence check; keep them in step.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function electronBinaryPath(dir) {
  const fallback =
    process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron';
  let relative = fallback;
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim() || fallback;
  } catch {
    // Never installed (or only an override dir holds it).
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
  return fs.existsSync(candidate) ? candidate : null;
}

/**
 * Runs the electron package's own installer (what `install-electron` runs). Its output
 * is kept back so a failure stays a single line; a note appears only if the download is
 * actually under way and slow, so the user knows why nothing happens yet.
 */
function fetchElectron(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore' });
    const note = setTimeout(
      () => console.log('Xiufu: fetching the Electron binary (first run)…'),
      3000,
    );
    const done = (ok) => {
      clearTimeout(note);
      resolve(ok);
    };
    child.on('error', () => done(false));
    child.on('exit', (code) => done(code === 0));
  });
}

/** The binary runs on this machine at all (right architecture, shared libraries found). */
function binaryRuns(bin) {
  const probe = spawnSync(bin, ['-e', 'process.exit(0)'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
    timeout: 30_000,
  });
  return probe.status === 0;
}

/** Why the desktop shell cannot start here, or null when it can. */
async function desktopUnavailable() {
  const dir = electronDir();
  if (!dir) return 'the electron package is not installed';
  let bin = electronBinaryPath(dir);
  if (!bin && (await fetchElectron(dir))) bin = electronBinaryPath(dir);
  if (!bin) return 'the Electron binary is not available on this machine (no download possible)';
  if (!binaryRuns(bin)) return 'the Electron binary does not run on this machine';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  }
  return null;
}

/** `npm run <script>` with the npm that runs us, so Windows needs no shell for npm.cmd. */
function runScript(script) {
  const npmCli = process.env.npm_execpath;
  const child = npmCli
    ? spawn(process.execPath, [npmCli, 'run', script], { stdio: 'inherit' })
    : spawn('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' });
  // A supervisor that stops `npm start` by pid must stop the shell it started, too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (err) => {
    console.error(`Xiufu: could not run "npm run ${script}": ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const reason = await desktopUnavailable();
if (reason) {
  console.log(`Xiufu: ${reason}; starting the browser shell instead.`);
  runScript('serve');
} else {
  runScript('start:electron');
}
