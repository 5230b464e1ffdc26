/**
 * The main window and where its page comes from. The bundles sit side by side in
 * .vite/build (main.cjs, preload.cjs) with the renderer in .vite/renderer/<name>, which
 * app-protocol.ts serves as app://xiufu/.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { unsavedLabels } from './menu-labels';
import { APP_INDEX_URL, type AppLocation } from './policy';

/** The renderer's build: what app:// serves. */
export function rendererDir(): string {
  return path.join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
}

export function appLocation(): AppLocation {
  // `typeof` keeps this safe if the define is ever missing (e.g. a bundle built
  // without the Forge plugin): that build is treated as production.
  const devUrl =
    typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : '';
  if (devUrl) return { kind: 'dev', devServerUrl: devUrl };
  return { kind: 'app' };
}

/** `caseId`: open on that case (a xiufu:// link launched the app) instead of the dashboard. */
export function createMainWindow(
  loc: AppLocation,
  devMode: boolean,
  caseId: number | null = null,
): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Xiufu',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's built-in PDF viewer, for previewing attached PDFs (a blob: frame, see
      // CONTENT_SECURITY_POLICY); no other plugin exists in Electron.
      plugins: true,
      navigateOnDragDrop: false,
      // Chromium's spellchecker fetches dictionaries from Google's servers; case data
      // stays on this machine, and so do its requests.
      spellcheck: false,
      devTools: devMode,
    },
  });
  win.once('ready-to-show', () => win.show());
  askBeforeUnload(win);

  // The renderer routes by the URL's hash (#/cases/12).
  const hash = caseId === null ? '' : `/cases/${caseId}`;
  const page = loc.kind === 'dev' ? loc.devServerUrl : APP_INDEX_URL;
  const loaded = win.loadURL(hash ? `${page}#${hash}` : page);
  loaded.catch((err: unknown) => console.error('[xiufu] could not load the window', err));
  return win;
}

/**
 * A form with unsaved changes holds up closing or reloading with beforeunload; Chromium
 * would ask, Electron just cancels silently. Ask here instead: leaving ignores the hold.
 */
function askBeforeUnload(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const l = unsavedLabels(app.getLocale());
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [l.stay, l.leave],
      defaultId: 0,
      cancelId: 0,
      title: l.title,
      message: l.title,
      detail: l.text,
    });
    if (choice === 1) event.preventDefault();
  });
}
