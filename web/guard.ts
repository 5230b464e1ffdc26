/**
 * The checks every request passes before anything else happens: the loopback Host
 * (defeats DNS rebinding, where evil.example resolves to 127.0.0.1), the Origin (a
 * page on another site may send requests but must not be obeyed), and the session
 * token (any other local program or user can reach the port; only the holder of the
 * printed URL may use it).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_COOKIE, TOKEN_HEADER } from '../api/transport';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The names a browser may use for this server: only the loopback ones, with our port. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export type Rejection = { status: 403 | 401; message: string };

/** Host, Origin and Sec-Fetch-Site; null when the request may go on to the token check. */
export function checkOrigin(req: IncomingMessage, port: number, isApi: boolean): Rejection | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.includes(host)) {
    return {
      status: 403,
      message: 'Forbidden: this server answers only to 127.0.0.1 or localhost with its port.',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
    return { status: 403, message: 'Forbidden: requests from another origin are not accepted.' };
  }
  // Browsers that omit Origin still send Sec-Fetch-Site; a cross-site write or event
  // subscription is never ours.
  if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi) {
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      return { status: 403, message: 'Forbidden: cross-site requests are not accepted.' };
    }
  }
  return null;
}

/** Where the request carried the token, so the server knows whether to set the cookie. */
export type TokenSource = 'query' | 'header' | 'cookie';

/**
 * Every place the token may arrive is checked; the request passes when any of them
 * matches. Returns where the valid token came from, or null.
 */
export function findToken(req: IncomingMessage, url: URL, expected: string): TokenSource | null {
  const header = req.headers[TOKEN_HEADER];
  const candidates: Array<[TokenSource, string | undefined]> = [
    ['query', url.searchParams.get('token') ?? undefined],
    ['header', typeof header === 'string' ? header : undefined],
    ['cookie', readCookie(req.headers.cookie, TOKEN_COOKIE)],
  ];
  for (const [source, value] of candidates) {
    if (value !== undefined && sameToken(value, expected)) return source;
  }
  return null;
}

/**
 * Constant-time comparison. Hashing first gives equal-length buffers, so neither the
 * contents nor the length of the expected token leak through timing.
 */
export function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
