/**
 * The browser shell's HTTP server (node:http only): on 127.0.0.1, every request checked
 * for a loopback Host, a same-site Origin and the session token, then either an API call
 * over the backend's dispatch, the event stream, or a file of the renderer build.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../api/dispatch';
import { handleApiCall } from './api-route';
import { checkOrigin, findToken, newToken, tokenCookie } from './guard';
import { failure, sendJson, sendText, setSecurityHeaders } from './respond';
import { openEventStream } from './sse';
import { serveStatic } from './static';

export interface ServerOptions {
  backend: Backend;
  /** The Vite build of the renderer (holds index.html). */
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  /** Loopback only; anything else is refused so the app is never exposed to a network. */
  host?: '127.0.0.1' | 'localhost';
  /** Fixed token (tests, a launcher that already made one); random otherwise. */
  token?: string;
}

export interface RunningServer {
  /** The page to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const EVENTS_PATH = '/api/events';

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost') {
    return Promise.reject(
      new Error(`The browser shell listens on loopback only, not on "${String(host)}".`),
    );
  }
  // The token travels in a URL, a header and a cookie: keep it to characters all three
  // carry unescaped (base64url, as newToken makes).
  if (opts.token !== undefined && !/^[A-Za-z0-9_-]{16,}$/.test(opts.token)) {
    return Promise.reject(new Error('The session token must be at least 16 base64url characters.'));
  }
  const token = opts.token ?? newToken();
  const streams = new Set<() => void>();
  let port = opts.port; // the real one once listening (matters for port 0)

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');

    const rejected = checkOrigin(req, port, isApi);
    if (rejected) return sendText(res, rejected.status, rejected.message);
    const tokenSource = findToken(req, url, token);
    if (!tokenSource) {
      return sendText(
        res,
        401,
        'Unauthorized: open the address printed by `npm run serve`, including its ?token=.',
      );
    }

    if (url.pathname === EVENTS_PATH) {
      if (req.method !== 'GET') return notAllowed(res, 'GET');
      const end = openEventStream(req, res, opts.backend);
      streams.add(end);
      res.on('close', () => streams.delete(end));
      return;
    }
    if (isApi) {
      if (req.method !== 'POST') return notAllowed(res, 'POST');
      const channel = decodeChannel(url.pathname.slice('/api/'.length));
      if (channel === null)
        return sendJson(res, 400, failure('invalid', 'Malformed channel name.'));
      return handleApiCall(req, res, opts.backend, channel);
    }

    // The page was opened from the printed URL: remember the token in a cookie so its
    // scripts, styles and EventSource (which cannot send headers) are let in too.
    const extra: Record<string, string> =
      tokenSource === 'query' && req.method === 'GET' ? { 'Set-Cookie': tokenCookie(token) } : {};
    return serveStatic(req, res, opts.rendererDir, url.pathname, extra);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(JSON.stringify({ level: 'error', where: 'web/server', error: String(err) }));
      if (!res.headersSent) {
        const isApi = (req.url ?? '').startsWith('/api/');
        if (isApi) sendJson(res, 500, failure('internal', 'Internal server error.'));
        else sendText(res, 500, 'Internal server error.');
      } else {
        res.destroy();
      }
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${port}/?token=${token}`,
        port,
        token,
        close: () => closeServer(),
      });
    });
  });

  function closeServer(): Promise<void> {
    return new Promise((resolve) => {
      // Event streams never end on their own, so end them or close() would wait forever.
      for (const end of streams) end();
      streams.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

function notAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  sendText(res, 405, `Method not allowed: use ${allow}.`);
}

function decodeChannel(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
