/** Small response helpers shared by the server's parts. */
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../api/transport';
import type { ApiError, Result } from '../api/contract';

/** Sent on every response, errors included, before any other header. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

export function sendText(res: ServerResponse, status: number, message: string): void {
  const body = Buffer.from(message + '\n', 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * `startedAt` (performance.now() when the backend began the call) adds a Server-Timing
 * header: the browser's developer tools and `npm run bench:screens` then tell the
 * backend's share of a screen's wait (the call and its JSON) from the network's and the
 * render's.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: Result<unknown>,
  startedAt?: number,
): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...(startedAt === undefined
      ? {}
      : { 'Server-Timing': `backend;dur=${(performance.now() - startedAt).toFixed(1)}` }),
  });
  res.end(body);
}

export function failure(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
