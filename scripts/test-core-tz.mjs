// Runs the core tests once per time zone: plain dates must not move with TZ (RULES.md §2.6),
// and neither may today or a timestamp shown, which follow the zone of Settings instead.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'vitest.cmd' : 'vitest',
);
// Colour codes would hide vitest's summary line from the match below.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Auckland'];

let failed = 0;
for (const zone of zones) {
  const started = Date.now();
  const run = spawnSync(vitest, ['run', 'core', 'api/clock.test.ts'], {
    cwd: root,
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const summary =
    output
      .replaceAll(ANSI, '')
      .match(/Tests\s+(.*)/)?.[1]
      ?.trim() ?? 'no summary';
  const ok = run.status === 0;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} TZ=${zone.padEnd(17)} ${summary} (${Date.now() - started} ms)`,
  );
  if (!ok) console.log(output);
}
process.exit(failed === 0 ? 0 : 1);
