/**
 * What a shell gives the renderer. Electron's preload exposes exactly this as
 * `window.xiufu`; the browser shell is reached over HTTP with the same shapes:
 *   POST /api/<channel>  body: JSON input; header `x-xiufu-lang: en|zh`;
 *                        answer: 200 with a Result envelope.
 *   POST /api/<channel>?input=<JSON>  body: raw bytes (application/octet-stream), for a
 *                        channel of RAW_FIELD: the body is that field of the input, the
 *                        rest of the input rides in the query (uploads are not base64).
 *   GET  /api/events     server-sent events, `event: <name>`, `data: <JSON payload>`.
 * Every HTTP request carries the session token: `x-xiufu-token` header, `?token=` or
 * the `xiufu_token` cookie the server sets when the page is first opened with `?token=`.
 */
import type { EventName, Result } from './contract';
import type { Lang } from '../core/messages';

export interface XiufuBridge {
  invoke(channel: string, input: unknown, ctx: { lang: Lang }): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * Channels one of whose fields is raw bytes (a Uint8Array): over IPC it is passed as it is;
 * over HTTP it is the request body. The contract's schema checks it either way.
 */
export const RAW_FIELD: Readonly<Record<string, string>> = { 'uploads.chunk': 'data' };
export const RAW_CONTENT_TYPE = 'application/octet-stream';

/**
 * The HTTP request of a call: JSON, or for a channel with a raw field its bytes as the
 * body and the rest of the input in the query, so no byte is base64-encoded.
 */
export function httpRequestOf(
  channel: string,
  input: unknown,
): { path: string; contentType: string; body: string | Uint8Array } {
  const field = Object.hasOwn(RAW_FIELD, channel) ? RAW_FIELD[channel]! : null;
  const record = (input ?? {}) as Record<string, unknown>;
  const bytes = field ? record[field] : undefined;
  if (field && bytes instanceof Uint8Array) {
    const rest = Object.fromEntries(Object.entries(record).filter(([k]) => k !== field));
    return {
      path: `/api/${channel}?input=${encodeURIComponent(JSON.stringify(rest))}`,
      contentType: RAW_CONTENT_TYPE,
      body: bytes,
    };
  }
  return {
    path: `/api/${channel}`,
    contentType: 'application/json',
    body: JSON.stringify(input ?? {}),
  };
}

export const TOKEN_HEADER = 'x-xiufu-token';
export const LANG_HEADER = 'x-xiufu-lang';
export const TOKEN_COOKIE = 'xiufu_token';
export const IPC_INVOKE = 'xiufu:invoke';
export const IPC_EVENT = 'xiufu:event';

/**
 * The Content-Security-Policy both shells send. Styles allow 'unsafe-inline' because
 * Mantine injects its CSS variables in a <style> element and sets `style` attributes (a
 * nonce would cover the element, never the attributes); scripts never run inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // An attached PDF is previewed in a frame from a blob: URL the renderer made of its bytes.
  "frame-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Directives a policy in a <meta> element cannot carry (CSP 3): only the header can say them. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The policy the built index.html carries as `<meta http-equiv="Content-Security-Policy">`
 * (vite.renderer.config.ts): the header's, less what only a header can say. A page whose
 * response has no header (a file:// page in Electron) is still bound by it; where both
 * arrive (the browser shell, app://) both apply, and they agree.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !HEADER_ONLY.has(directive.split(' ')[0]!))
  .join('; ');
