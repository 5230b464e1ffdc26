/** `npm run backup` and `npm run restore` as a user runs them: real processes, one line each. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samrCase, testBackend } from '../api/testing';
import { sha256Of } from '../db/backup/test-files';
import { DB_FILE, openDatabase } from '../db/connection';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(script: 'backup' | 'restore', dataDir: string, args: string[] = []) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, XIUFU_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

async function folderWithCase(): Promise<string> {
  const t = testBackend();
  await samrCase(t);
  t.backend.close();
  return t.dir;
}

const cases = (dataDir: string) => {
  const db = openDatabase(dataDir);
  try {
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('command line', () => {
  it('backs up to a stick, and restores from it onto an emptied data file', async () => {
    const dataDir = await folderWithCase();
    const stick = mkdtempSync(join(tmpdir(), 'xiufu-stick-'));
    const made = run('backup', dataDir, ['--to', stick]);
    expect(made.status).toBe(0);
    expect(made.out).toMatch(
      /^Backup \S+ made and verified \(clients: 1, cases: 1,.*in .*Xiufu backups\.$/,
    );

    writeFileSync(join(dataDir, DB_FILE), '');
    const refused = run('restore', dataDir, [stick]);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/Not restored: run it in a terminal to be asked, or add --yes\.$/);
    expect(sha256Of(join(dataDir, DB_FILE))).toBe(sha256Of('/dev/null'));

    const restored = run('restore', dataDir, [stick, '--yes']);
    expect(restored.status).toBe(0);
    expect(restored.out).toMatch(
      /^Restored backup \S+ into .*; what was there before is kept as backup \S+\.$/,
    );
    expect(cases(dataDir)).toBe(1);
  });

  it('says in one line what is wrong, without a stack trace', async () => {
    const dataDir = await folderWithCase();
    const usage = run('restore', dataDir);
    expect(usage).toMatchObject({ status: 1, out: '' });
    expect(usage.err.split('\n')).toHaveLength(1);
    const missing = run('backup', dataDir, ['--to', join(tmpdir(), 'no-such-stick-xiufu')]);
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/^The folder .* does not exist\. Plug in the drive/);
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
