/**
 * Starts and stops the browser shell (`web/main.ts`) as a child process: one per journey,
 * and one per cycle of the crash test (scripts/crash), which also kills it with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** Servers still running: none may outlive the process that started it. */
const live = new Set<ChildProcess>();
process.on('exit', () => live.forEach((child) => child.kill('SIGKILL')));

export interface RunningServer {
  url: string;
  /** The session token of the ready line (every request carries it). */
  token: string;
  /** What the server printed so far (stdout and stderr). */
  output(): string;
  /** Asks it to shut down (SIGTERM), then forces it after 5 s. */
  stop(): Promise<void>;
  /** `kill -9`: no shutdown code runs; resolves once the process is gone. */
  kill(): Promise<void>;
}

export function startServer(dataDir: string): Promise<RunningServer> {
  // Node itself with tsx's loader, not the tsx launcher: the launcher runs the server in a
  // second process, which a SIGKILL of the launcher would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'web', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, XIUFU_DATA_DIR: dataDir, XIUFU_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`server did not start in 30 s:\n${output}`)),
      30_000,
    );
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /Xiufu is ready at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        const url = match[1]!;
        resolve({
          url,
          token: new URL(url).searchParams.get('token') ?? '',
          output: () => output,
          stop: () => stop(child),
          kill: () => kill(child),
        });
      }
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function stop(child: ChildProcess): Promise<void> {
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  const done = exited(child).then(() => clearTimeout(timer));
  child.kill('SIGTERM');
  return done;
}

function kill(child: ChildProcess): Promise<void> {
  const done = exited(child);
  child.kill('SIGKILL');
  return done;
}
