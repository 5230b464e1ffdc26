/**
 * Process-wide hardening, applied once before any window exists so that no web
 * contents, including ones we did not create on purpose, escape it.
 */
import { app, session, type WebContents } from 'electron';
import { serveApp } from './app-protocol';
import { contentSecurityPolicy, mayNavigate, mayOpenWindow, type AppLocation } from './policy';
import { rendererDir } from './window';

export function applySecurity(loc: AppLocation): void {
  const ses = session.defaultSession;
  const csp = contentSecurityPolicy(loc);

  if (loc.kind === 'app') {
    // The build comes over app://, whose responses carry the policy as a header; its
    // index.html carries it as a <meta> too (vite.renderer.config.ts).
    serveApp(rendererDir(), csp);
  } else {
    // The dev server's responses get the policy with the holes Vite needs; its
    // index.html has no <meta>, which would close them again.
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
      });
    });
  }

  // The app needs no camera, microphone, notifications, clipboard-read, geolocation…
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No HID/serial/USB device may be chosen either.
  ses.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url)) {
      event.preventDefault();
      console.warn(`[xiufu] navigation to ${url} refused`);
    }
  });
  // A server-side redirect of our own page is just as foreign as a navigation.
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (!mayOpenWindow(url)) console.warn(`[xiufu] new window for ${url} refused`);
    return { action: 'deny' };
  });
  // <webview> is off by default (webviewTag: false); refuse it here as well in case a
  // future window turns it on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
