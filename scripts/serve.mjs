/**
 * `npm run serve`: starts the browser shell from its built bundles. The renderer
 * (.vite/renderer) and the server (.vite/serve) are built only when their sources changed
 * since the last build (or at `npm run setup`), so a start loads prepared files instead of
 * rebuilding the renderer and transpiling the backend every time.
 *
 * "Changed" is judged from every source file's path, size and modification time (a stamp
 * written beside each build once it succeeded): cheap enough for every start, and any
 * edit, added or removed file, or dependency update (package-lock.json) rebuilds.
 *
 * `node scripts/serve.mjs --build-only` builds what is stale and exits (setup does this).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

/** What each build is made of; tests beside the code do not change what is built. */
const BUILDS = [
  {
    name: 'renderer',
    config: 'vite.renderer.config.ts',
    inputs: ['renderer', 'core', 'api', 'vite.renderer.config.ts', 'package-lock.json'],
  },
  {
    name: 'server',
    config: 'vite.serve.config.ts',
    inputs: ['web', 'api', 'core', 'db', 'jobs', 'vite.serve.config.ts', 'package-lock.json'],
  },
];

const isTest = (name) => /\.test\.tsx?$/.test(name);

function collect(path, into) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return; // a missing input is part of the fingerprint by its absence
  }
  if (st.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === 'node_modules' || isTest(entry)) continue;
      collect(join(path, entry), into);
    }
  } else {
    into.push(`${relative(root, path)}\t${st.size}\t${st.mtimeMs}`);
  }
}

function fingerprint(build) {
  const lines = [`node ${process.version}`];
  for (const input of build.inputs) collect(join(root, input), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

// Kept apart from the builds: the renderer's folder is served as it is.
const stamps = join(root, '.vite', 'stamps');
const stampOf = (build) => join(stamps, `${build.name}.sources`);

function isFresh(build, print) {
  try {
    return readFileSync(stampOf(build), 'utf8') === print;
  } catch {
    return false;
  }
}

function buildStale() {
  for (const build of BUILDS) {
    const print = fingerprint(build);
    if (isFresh(build, print)) continue;
    console.error(`Xiufu: building the ${build.name} (its sources changed since the last build)…`);
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const run = spawnSync(process.execPath, [vite, 'build', '--config', build.config], {
      cwd: root,
      // stdout stays the ready line's alone: a harness reads it.
      stdio: ['ignore', process.stderr, 'inherit'],
    });
    if (run.status !== 0) {
      console.error(`Xiufu: the ${build.name} build failed; see the messages above.`);
      process.exit(1);
    }
    mkdirSync(stamps, { recursive: true });
    writeFileSync(stampOf(build), print);
  }
}

buildStale();
if (!process.argv.includes('--build-only')) {
  await import(pathToFileURL(join(root, '.vite', 'serve', 'main.cjs')).href);
}
