import { startServer, type RunningServer } from './server';
/** Test helpers for the browser shell: raw HTTP requests and a recording fake backend. */
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../api/contract';
import type { Backend, CallContext } from '../api/dispatch';
import { EventHub } from '../api/events';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * node:http rather than fetch: fetch forbids setting Host and Origin, and normalises
 * `/../` away before sending, which are exactly what these tests need to control.
 */
export function send(
  port: number,
  opts: {
    method?: string;
    path?: string;
    headers?: OutgoingHttpHeaders;
    body?: string | Buffer;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface FakeBackend extends Backend {
  calls: Array<{ channel: string; input: unknown; ctx: CallContext | undefined }>;
}

/** Records every dispatch and echoes it back, so tests can tell "dispatched" from "not". */
export function fakeBackend(dataDir = '/nonexistent'): FakeBackend {
  const calls: FakeBackend['calls'] = [];
  return {
    calls,
    events: new EventHub(),
    dataDir,
    readOnly: false,
    swept: Promise.resolve({
      temp: { removed: 0, bytes: 0 },
      uploads: { removed: 0, bytes: 0 },
      unreferenced: { removed: 0, bytes: 0 },
      openCopies: { removed: 0, bytes: 0 },
    }),
    ready: Promise.resolve(),
    recovery: () => null,
    close: () => {},
    async dispatch(channel, input, ctx) {
      calls.push({ channel, input, ctx });
      const result: Result<unknown> = {
        ok: true,
        value: { channel, input, lang: ctx?.lang ?? null },
      };
      return result;
    },
  };
}

/**
 * A fake renderer build in a temporary folder, with a package.json one level above it
 * so a traversal that escaped the folder would find something to serve.
 */
export function fakeRendererBuild(withIndex = true): { root: string; rendererDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'xiufu-web-'));
  const rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{"secret":"outside the build"}');
  if (withIndex)
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Xiufu</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(path.join(rendererDir, 'assets', 'app-1234.css'), 'body{}');
  // A link inside the build that points out of it must not become a way out.
  symlinkSync(path.join(root, 'package.json'), path.join(rendererDir, 'leak.json'));
  return { root, rendererDir };
}

/** A fixed session token, so failures print readable URLs. */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** A server on a free port over a fake backend and a fake renderer build, for one test file. */
export async function fakeServer(): Promise<{
  backend: FakeBackend;
  server: RunningServer;
  port: number;
}> {
  const backend = fakeBackend();
  const server = await startServer({
    backend,
    rendererDir: fakeRendererBuild().rendererDir,
    port: 0,
    token: TEST_TOKEN,
  });
  return { backend, server, port: server.port };
}
