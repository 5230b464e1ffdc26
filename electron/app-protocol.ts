/**
 * The app:// protocol that serves the built renderer (see APP_SCHEME in policy.ts): only
 * files inside the build, with their type, `nosniff` and the content security policy as
 * a header (index.html carries it as a <meta> as well).
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentType } from '../api/content-types';
import { APP_SCHEME, appFilePath } from './policy';

/**
 * A standard, secure scheme: relative URLs and an origin of its own, a secure context,
 * fetch and the V8 code cache. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const notFound = () =>
  new Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain' } });

/** Serves `root` (the renderer's build, inside app.asar when packaged) over app://. */
export function serveApp(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return notFound();
    const file = appFilePath(request.url, root);
    if (!file) return notFound();
    let body: Buffer;
    try {
      // The main process's fs reads inside app.asar; Chromium's file loader could not.
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': contentType(file),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  });
}
