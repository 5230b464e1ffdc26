/**
 * The security decisions of the desktop shell as pure functions, so they can be unit
 * tested without Electron: which URLs are the app's own page, which file an app:// URL
 * serves, who may call the backend over IPC, where a window may navigate, and the CSP
 * each mode sends.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, type XiufuBridge } from '../api/transport';

export type Lang = Parameters<XiufuBridge['invoke']>[2]['lang'];

/**
 * The built renderer is served from this privileged scheme, never from file://: the
 * GrantFileProtocolExtraPrivileges fuse is off (forge.config.ts), so file:// pages get a
 * browser's rights only (no module scripts, no reading inside app.asar), and a custom
 * origin keeps an XSS away from the rest of the disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xiufu';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the renderer is loaded from: Vite's dev server, or the build over app://. */
export type AppLocation = { kind: 'dev'; devServerUrl: string } | { kind: 'app' };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Is `url` the app's own page? Query and fragment are ignored (client-side state). */
export function isAppUrl(url: string, loc: AppLocation): boolean {
  const u = parse(url);
  if (!u) return false;
  if (loc.kind === 'dev') {
    const dev = parse(loc.devServerUrl);
    // Same origin, not merely a prefix: `http://localhost:5173.evil` must not pass.
    return dev !== null && u.origin === dev.origin;
  }
  // A custom scheme's origin is opaque to URL; compare its parts.
  return (
    u.protocol === `${APP_SCHEME}:` &&
    u.host === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === '' &&
    u.pathname === '/index.html'
  );
}

/**
 * The file of the renderer's build (`root`) that an app:// request asks for, or null:
 * another host, an escaped or NUL path, or anything outside `root` is never served.
 */
export function appFilePath(url: string, root: string): string | null {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = path.posix.normalize(decoded === '/' ? '/index.html' : decoded);
  const target = path.resolve(root, '.' + relative);
  const inside = root.endsWith(path.sep) ? root : root + path.sep;
  return target.startsWith(inside) ? target : null;
}

/** What Electron tells us about the frame that sent an IPC message. */
export interface SenderFrame {
  url: string;
  /** Only the top-level frame is ours; an iframe (even a same-origin one) is refused. */
  isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, loc: AppLocation): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url, loc);
}

/**
 * The app is a single page: any renderer-initiated navigation (a link, `location =`,
 * a form post, a dropped file) would leave the page the preload and CSP were set up for,
 * so every one is refused. In-page routing (history API, hash) does not count as
 * navigation, and reloads are not navigations either.
 */
export function mayNavigate(_url: string): false {
  return false;
}

/** New windows (`window.open`, `target=_blank`) are never opened, not even externally. */
export function mayOpenWindow(_url: string): false {
  return false;
}

/**
 * Production sends the shared policy unchanged. Vite's dev server needs two holes:
 * @vitejs/plugin-react injects an inline script (the Fast Refresh preamble), and HMR
 * talks over a WebSocket to the dev server's host.
 */
export function contentSecurityPolicy(loc: AppLocation): string {
  if (loc.kind === 'app') return CONTENT_SECURITY_POLICY;
  const dev = parse(loc.devServerUrl);
  if (!dev) return CONTENT_SECURITY_POLICY;
  const ws = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      if (directive.startsWith('script-src ')) return `${directive} 'unsafe-inline'`;
      if (directive.startsWith('connect-src ')) return `${directive} ${ws}`;
      return directive;
    })
    .join('; ');
}

/** Only a known language passes from the renderer into the backend's call context. */
export function readLang(ctx: unknown): Lang | undefined {
  if (typeof ctx !== 'object' || ctx === null) return undefined;
  const lang = (ctx as { lang?: unknown }).lang;
  return lang === 'en' || lang === 'zh' ? lang : undefined;
}

const REFUSED: Record<Lang, string> = {
  en: 'This request did not come from the Xiufu window and was refused.',
  zh: '此请求并非来自修复（Xiufu）窗口，已被拒绝。',
};

/**
 * The answer to a caller that is not our page. The contract has no "forbidden" code;
 * `invalid` is the closest, and the message says what happened.
 */
export function refusal(lang: Lang | undefined) {
  return {
    ok: false as const,
    error: { code: 'invalid' as const, message: REFUSED[lang ?? 'en'] },
  };
}
