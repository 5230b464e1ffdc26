/**
 * The browser shell as real processes on one data folder: the second start says in one
 * line who holds the folder and exits 1; the folder is free again after Ctrl+C, SIGTERM
 * or a kill -9; a folder the process cannot write opens read-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY, testBackend, unprivileged, UNPRIVILEGED_SKIP } from '../api/testing';

const ROOT = join(import.meta.dirname, '..');
const MAIN = join(ROOT, 'web', 'main.ts');
const running: ChildProcess[] = [];

afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
});

interface Shell {
  proc: ChildProcess;
  out(): string;
  err(): string;
  /** The address of the ready line. */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

/**
 * `tsx web/main.ts` as a user runs it; `direct` runs node with tsx's loader instead, so
 * the pid is the server's own and a signal reaches it without the launcher between.
 */
function serve(
  dataDir: string,
  opts: { direct?: boolean; env?: Record<string, string>; uid?: number; gid?: number } = {},
): Shell {
  const [command, args] = opts.direct
    ? [process.execPath, ['--import', 'tsx', MAIN]]
    : [join(ROOT, 'node_modules', '.bin', 'tsx'), [MAIN]];
  const proc = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      XIUFU_DATA_DIR: dataDir,
      XIUFU_PORT: '0',
      XIUFU_RENDERER_DIR: join(dataDir, 'no-renderer-needed'),
      HOME: tmpdir(),
      ...opts.env,
    },
    uid: opts.uid,
    gid: opts.gid,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(proc);
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => resolve(code)),
  );
  const ready = new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Xiufu is ready at (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`exited ${code} before ready:\n${out}${err}`)));
  });
  ready.catch(() => {});
  return { proc, out: () => out, err: () => err, ready, exited };
}

const ownerPid = (dataDir: string) =>
  (JSON.parse(readFileSync(join(dataDir, 'xiufu.lock.json'), 'utf8')) as { pid: number }).pid;

async function call(address: string, channel: string, body: unknown) {
  const url = new URL(address);
  const res = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-xiufu-token': url.searchParams.get('token')!,
      'x-xiufu-lang': 'en',
    },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

const folder = () => mkdtempSync(join(tmpdir(), 'xiufu-owner-'));

// Each test starts real processes; a busy machine makes that slow.
describe('one browser shell per data folder', { timeout: 60_000 }, () => {
  it('refuses a second start in one line naming the first and its address, exit 1', async () => {
    const dataDir = folder();
    const first = serve(dataDir);
    const address = await first.ready;

    const second = serve(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.out()).toBe('');
    const line = second.err().trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(`already open in Xiufu in the browser (process ${ownerPid(dataDir)}`);
    expect(line).toContain(`at ${address}`);
    expect(line).not.toMatch(/\n\s+at |Error:/);
    // The first one never noticed.
    expect((await call(address, 'clients.create', COMPANY)).ok).toBe(true);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`lets the folder go on ${signal}`, async () => {
      const dataDir = folder();
      const first = serve(dataDir, { direct: true });
      await first.ready;
      first.proc.kill(signal);
      expect(await first.exited).toBe(0);
      expect(existsSync(join(dataDir, 'xiufu.lock.json'))).toBe(false);
      await serve(dataDir, { direct: true }).ready;
    });
  }

  it('takes over from a shell that was killed with -9', async () => {
    const dataDir = folder();
    const first = serve(dataDir, { direct: true });
    const address = await first.ready;
    await call(address, 'clients.create', COMPANY);
    first.proc.kill('SIGKILL');
    await first.exited;
    const second = serve(dataDir, { direct: true });
    const again = await second.ready;
    expect(ownerPid(dataDir)).toBe(second.proc.pid);
    const list = await call(again, 'clients.list', {});
    expect(list).toMatchObject({ ok: true, value: { items: [{ name: COMPANY.name }] } });
  });
});

const user = unprivileged();

describe.skipIf(user === null)(
  `a read-only data folder${user ? '' : ` (skipped: ${UNPRIVILEGED_SKIP})`}`,
  { timeout: 60_000 },
  () => {
    it('starts read-only, says so, and answers a change read_only', async () => {
      const t = testBackend();
      await t.ok('clients.create', COMPANY);
      t.backend.close();
      user!.own(t.dir);
      chmodSync(t.dir, 0o500);
      try {
        const shell = serve(t.dir, { direct: true, ...user!.spawn });
        const address = await shell.ready;
        expect(shell.err()).toContain('(read-only: nothing can be changed)');
        expect(await call(address, 'settings.get', {})).toMatchObject({
          value: { readOnly: 'folder' },
        });
        expect(await call(address, 'clients.list', {})).toMatchObject({
          value: { items: [{ name: COMPANY.name }] },
        });
        const refused = await call(address, 'clients.create', { ...COMPANY, idNumber: '' });
        expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
      } finally {
        chmodSync(t.dir, 0o700);
      }
    });
  },
);
