/**
 * The browser shell for the benchmark: `node scripts/serve.mjs` (which builds the renderer
 * and the server first where their sources changed) on a given data folder, up to its
 * ready line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Served {
  /** The ready line's address, session token included. */
  url: string;
  token: string;
  stop(): Promise<void>;
}

export function serve(dataDir: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, XIUFU_DATA_DIR: dataDir, XIUFU_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The shell must not outlive the benchmark, however it ends.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited ${code}:\n${out}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Xiufu is ready at (\S+)/.exec(out);
      if (!m) return;
      const url = m[1]!;
      resolve({
        url,
        token: new URL(url).searchParams.get('token') ?? '',
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => {
              process.off('exit', kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
