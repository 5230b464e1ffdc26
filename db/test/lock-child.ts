/**
 * A separate process for the lock tests (db/lock.test.ts): tries to take the lock on a
 * folder, prints one JSON line with the outcome, and when it won holds the lock until
 * it is killed or its stdin closes. With `--go FILE` it first waits for that file, so
 * several processes can be started and then let loose at the same moment.
 */
import { existsSync } from 'node:fs';
import { acquireDataLock, type ShellKind } from '../lock';

const [dir, shell, ...flags] = process.argv.slice(2) as [string, ShellKind, ...string[]];
const goFile = flags.includes('--go') ? flags[flags.indexOf('--go') + 1] : undefined;
const readOnly = flags.includes('--read-only');

function attempt() {
  const result = acquireDataLock(dir, { shell, readOnly });
  process.stdout.write(
    `${JSON.stringify(result.ok ? { ok: true, pid: process.pid } : { ok: false, holder: result.holder })}\n`,
  );
  if (!result.ok) process.exit(3);
  // Held while the parent keeps our stdin open.
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
}

if (goFile) {
  process.stdout.write('ready\n');
  const wait = setInterval(() => {
    if (!existsSync(goFile)) return;
    clearInterval(wait);
    attempt();
  }, 5);
} else {
  attempt();
}
