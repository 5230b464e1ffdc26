import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderError } from './folder-error';
import {
  acquireDataLock,
  LOCK_FILE,
  OWNER_FILE,
  readHolder,
  type DataLock,
  type Holder,
} from './lock';

const CHILD = join(import.meta.dirname, 'test', 'lock-child.ts');
const children: ChildProcess[] = [];
const locks: DataLock[] = [];

afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const folder = () => mkdtempSync(join(tmpdir(), 'xiufu-lock-'));

function take(dir: string, readOnly = false): DataLock {
  const result = acquireDataLock(dir, { shell: 'browser', readOnly });
  if (!result.ok) throw new Error(`lock refused: ${JSON.stringify(result.holder)}`);
  locks.push(result.lock);
  return result.lock;
}

type Outcome = { ok: true; pid: number } | { ok: false; holder: Holder | null };

/** Starts lock-child.ts; resolves with the child and a promise of each line it prints. */
function child(dir: string, ...flags: string[]) {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, 'desktop', ...flags], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(proc);
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      waiters.splice(0).forEach((w) => w());
    }
  });
  const line = async (n: number): Promise<string> => {
    while (lines.length <= n) {
      await new Promise<void>((resolve, reject) => {
        waiters.push(resolve);
        proc.once('exit', () =>
          lines.length <= n ? reject(new Error('child exited')) : resolve(),
        );
      });
    }
    return lines[n]!;
  };
  return { proc, line };
}

const outcome = async (c: ReturnType<typeof child>, n = 0) =>
  JSON.parse(await c.line(n)) as Outcome;

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

describe('one owner per data folder', () => {
  it('holds the folder and says who holds it, in a file only its user can read', () => {
    const dir = folder();
    const lock = take(dir);
    const written = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as Holder;
    expect(written).toEqual(lock.holder);
    expect(written).toMatchObject({ pid: process.pid, hostname: hostname(), shell: 'browser' });
    expect(Date.parse(written.startedAt)).toBeLessThanOrEqual(Date.now());
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, OWNER_FILE)).mode & 0o777).toBe(0o600);
    }
    // The lock file itself is never written: nothing in it for a crash to damage.
    expect(statSync(join(dir, LOCK_FILE)).size).toBe(0);
  });

  it('refuses a second taker, naming the holder, until the holder lets go', () => {
    const dir = folder();
    const first = take(dir);
    first.announce({ address: 'http://127.0.0.1:5178/?token=t' });
    const second = acquireDataLock(dir, { shell: 'desktop' });
    expect(second).toEqual({ ok: false, holder: first.holder });
    expect(first.holder.address).toBe('http://127.0.0.1:5178/?token=t');

    first.release();
    first.release();
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
    take(dir);
  });

  it('keeps out another process, also after a failed attempt of its own', async () => {
    const dir = folder();
    take(dir);
    // On POSIX, closing any descriptor of the file drops the process's locks: a failed
    // attempt opens and closes one, and must not hand the folder to someone else.
    expect(acquireDataLock(dir, { shell: 'browser' }).ok).toBe(false);
    const other = await outcome(child(dir));
    expect(other).toMatchObject({ ok: false, holder: { pid: process.pid, shell: 'browser' } });
  });

  it('takes over the lock of a process that was killed (-9) without any clean-up', async () => {
    const dir = folder();
    const holder = child(dir);
    const held = await outcome(holder);
    expect(held.ok).toBe(true);
    expect(acquireDataLock(dir, { shell: 'browser' }).ok).toBe(false);
    await killed(holder.proc);
    // Its who-file is still there, naming a process that is gone.
    expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toMatchObject({
      pid: held.ok ? held.pid : -1,
    });
    expect(readHolder(dir, 0)).toBeNull();
    const lock = take(dir);
    expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toEqual(lock.holder);
  });

  it('lets exactly one of many processes that race for a stale lock win', async () => {
    const dir = folder();
    const stale = child(dir);
    expect((await outcome(stale)).ok).toBe(true);
    await killed(stale.proc);

    const go = join(dir, 'go');
    const racers = Array.from({ length: 6 }, () => child(dir, '--go', go));
    for (const r of racers) expect(await r.line(0)).toBe('ready');
    writeFileSync(go, '');
    const outcomes = await Promise.all(racers.map((r) => outcome(r, 1)));

    const winners = outcomes.filter((o) => o.ok);
    expect(winners).toHaveLength(1);
    const winner = winners[0] as { ok: true; pid: number };
    // Every loser names the winner (it waits for the winner's who-file), not the dead one.
    for (const o of outcomes.filter((o) => !o.ok)) {
      expect(o).toMatchObject({ ok: false, holder: { pid: winner.pid, shell: 'desktop' } });
    }
  });

  it('frees the folder when its holder exits normally', async () => {
    const dir = folder();
    const holder = child(dir);
    expect((await outcome(holder)).ok).toBe(true);
    const exited = new Promise((resolve) => holder.proc.once('exit', resolve));
    holder.proc.stdin!.end();
    expect(await exited).toBe(0);
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
    take(dir);
  });
});

describe('who holds it', () => {
  it('names nobody for a who-file left by a process of this machine that is gone', () => {
    const dir = folder();
    const gone: Holder = {
      pid: 2 ** 22 + 7,
      startedAt: '2025-01-01T00:00:00Z',
      hostname: hostname(),
      shell: 'browser',
    };
    writeFileSync(join(dir, OWNER_FILE), JSON.stringify(gone));
    expect(readHolder(dir, 0)).toBeNull();
    // On another machine the pid cannot be checked: it is reported as written.
    const elsewhere = { ...gone, hostname: `${hostname()}-other` };
    writeFileSync(join(dir, OWNER_FILE), JSON.stringify(elsewhere));
    expect(readHolder(dir, 0)).toEqual(elsewhere);
  });
});

describe('read-only viewers', () => {
  it('share the folder with each other but never with a writer', () => {
    const dir = folder();
    take(dir).release();
    const a = take(dir, true);
    const b = take(dir, true);
    expect([a.shared, b.shared]).toEqual([true, true]);
    // A viewer announces nobody: the folder may not be writable for it.
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
    expect(acquireDataLock(dir, { shell: 'browser' }).ok).toBe(false);
    a.release();
    b.release();
    const writer = take(dir);
    expect(acquireDataLock(dir, { shell: 'browser', readOnly: true })).toEqual({
      ok: false,
      holder: writer.holder,
    });
  });

  it('open a folder that has no lock file without one', () => {
    const lock = take(folder(), true);
    expect(lock.shared).toBe(true);
  });
});

describe('a lock file changed by something else', () => {
  it('is refused with what to do, never deleted or overwritten', () => {
    const dir = folder();
    const junk = 'not a lock, written by some other program\n'.repeat(200);
    writeFileSync(join(dir, LOCK_FILE), junk);
    let error: unknown;
    try {
      acquireDataLock(dir, { shell: 'browser' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FolderError);
    expect((error as FolderError).say('en')).toContain('delete that file');
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(junk);
  });
});
