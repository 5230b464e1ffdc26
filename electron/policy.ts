/**
 * The security decisions of the desktop shell as pure functions, so they can be unit
 * tested without Electron: which URLs are the app's own page, who may call the backend
 * over IPC, where a window may navigate, and the CSP each mode sends.
 */
import { CONTENT_SECURITY_POLICY, type XiufuBridge } from '../api/transport';

export type Lang = Parameters<XiufuBridge['invoke']>[2]['lang'];

/** Where the renderer is loaded from: Vite's dev server, or the built index.html. */
export type AppLocation =
  | { kind: 'dev'; devServerUrl: string }
  | { kind: 'file'; indexFileUrl: string; platform: NodeJS.Platform };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A file URL's path with percent-escapes decoded, so `%E4%BF%AE` and `修` compare equal
 * (Chromium and Node may escape non-ASCII user names differently). Windows paths are
 * case-insensitive, and Chromium may report the drive letter in another case.
 */
function filePath(url: URL, platform: NodeJS.Platform): string {
  let p: string;
  try {
    p = decodeURIComponent(url.pathname);
  } catch {
    p = url.pathname;
  }
  return platform === 'win32' ? p.toLowerCase() : p;
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
  const index = parse(loc.indexFileUrl);
  if (!index || u.protocol !== 'file:' || index.protocol !== 'file:') return false;
  // A UNC host (file://server/share) is another machine, never our bundle.
  if (u.host !== index.host) return false;
  return filePath(u, loc.platform) === filePath(index, loc.platform);
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
  if (loc.kind === 'file') return CONTENT_SECURITY_POLICY;
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
