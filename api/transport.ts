/**
 * What a shell gives the renderer. Electron's preload exposes exactly this as
 * `window.xiufu`; the browser shell is reached over HTTP with the same shapes:
 *   POST /api/<channel>  body: JSON input; header `x-xiufu-lang: en|zh`;
 *                        answer: 200 with a Result envelope.
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
