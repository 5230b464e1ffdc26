/**
 * Serves the Vite build of the renderer. Paths are resolved and checked to stay inside
 * the build folder (also after following symlinks), and a path without an extension
 * falls back to index.html so client-side routes survive a reload.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentType } from '../api/content-types';
import { sendText } from './respond';

export { contentType };

export const NOT_BUILT =
  'The renderer has not been built yet. Run `npm run build:renderer` (or `npm run serve`, which builds it first), then reload this page.';

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  pathname: string,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed.');
  }
  const root = await realpathOrNull(rendererDir);
  const index = root && (await fileOrNull(path.join(root, 'index.html')));
  if (!root || !index) return sendText(res, 503, NOT_BUILT);

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendText(res, 400, 'Bad request: malformed path.');
  }
  if (decoded.includes('\0')) return sendText(res, 400, 'Bad request: malformed path.');

  const normalized = path.posix.normalize('/' + decoded);
  const target = path.resolve(root, '.' + normalized);
  if (!inside(root, target)) return sendText(res, 404, 'Not found.');

  let file = decoded === '/' ? index : await fileOrNull(target);
  if (!file && path.extname(normalized) !== '') file = await findRelativeAsset(root, normalized);
  // A symlink inside the build could still point outside it.
  if (file && !inside(root, file)) return sendText(res, 404, 'Not found.');
  if (!file) {
    if (path.extname(normalized) !== '') return sendText(res, 404, 'Not found.');
    file = index; // SPA fallback: /cases/12 is a client-side route.
  }

  const stat = await fs.stat(file);
  res.writeHead(200, {
    ...extraHeaders,
    'Content-Type': contentType(file),
    'Content-Length': String(stat.size),
    'Cache-Control': cacheControl(root, file, index),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // pipeline closes the file if the browser goes away mid-transfer (plain pipe would leak it).
  await pipeline(createReadStream(file), res).catch(() => res.destroy());
}

/**
 * index.html names the current bundles, so it is never stored. What Vite writes to
 * assets/ carries a hash of its content in its name (a rebuild that changes it makes a
 * new name), so it is kept for good: opening the app then reads the 1.3 MB bundle, and
 * Chromium's compiled code of it, from the cache instead of fetching and compiling it
 * anew each time (issue 10: the dashboard on screen when the app is opened). The rest
 * is revalidated.
 */
export function cacheControl(root: string, file: string, index: string): string {
  if (file === index) return 'no-store';
  if (inside(path.join(root, 'assets'), file)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * The build uses `base: './'` (Electron serves it from app://xiufu/), so index.html served for
 * a deep route such as /cases/12 asks for /cases/assets/app.js. Try the path's shorter
 * suffixes (/assets/app.js, /app.js) so a reload on a client-side route still works.
 * A <base href="/"> would be simpler but the CSP's `base-uri 'none'` forbids it.
 */
async function findRelativeAsset(root: string, normalized: string): Promise<string | null> {
  const segments = normalized.split('/').filter(Boolean);
  for (let i = 1; i < segments.length; i++) {
    const candidate = path.resolve(root, ...segments.slice(i));
    if (!inside(root, candidate)) continue;
    const file = await fileOrNull(candidate);
    if (file) return file;
  }
  return null;
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

async function realpathOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** The real path of a regular file, or null (missing, a directory, unreadable). */
async function fileOrNull(p: string): Promise<string | null> {
  const real = await realpathOrNull(p);
  if (!real) return null;
  try {
    return (await fs.stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
