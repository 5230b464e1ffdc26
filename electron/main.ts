/**
 * The desktop shell's main process: one instance, one backend, one window.
 * Everything security-related lives in security.ts / ipc.ts / policy.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import os from 'node:os';
import { defaultDataDir } from '../api/data-dir';
import { createBackend, type Backend } from '../api/dispatch';
import { registerAppScheme } from './app-protocol';
import { registerDeepLinks } from './deep-links';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { langForLocale } from './menu-labels';
import { applySecurity } from './security';
import { appLocation, createMainWindow } from './window';

// Sandbox every renderer, whatever options a window is created with, and make app://
// (which serves the built renderer) a standard, secure scheme. Both must run before the
// app is ready.
app.enableSandbox();
registerAppScheme();

const devMode = !app.isPackaged;

// Two processes on one SQLite file would fight over its locks; a second launch just
// brings the running window to the front (see 'second-instance').
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const loc = appLocation();
  let backend: Backend | null = null;
  let stopIpc = (): void => {};

  const bringToFront = (): BrowserWindow | null => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return null;
    if (win.isMinimized()) win.restore();
    win.focus();
    return win;
  };

  app.on('second-instance', () => void bringToFront());

  // A case link: the open window navigates to the case (asking first if a form has
  // unsaved changes); before there is a window, the window opens on it.
  const links = registerDeepLinks((caseId) => {
    if (!backend || !bringToFront()) return false;
    backend.events.emit('app.openCase', { caseId });
    return true;
  });

  const openWindow = () => createMainWindow(loc, devMode, links.takePending());

  app
    .whenReady()
    .then(() => {
      applySecurity(loc);
      installMenu(devMode);
      backend = openBackend();
      if (!backend) return;
      stopIpc = registerIpc(backend, loc);
      openWindow();
      // macOS keeps the app alive without windows; clicking the dock icon reopens one.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((err: unknown) => {
      console.error('[xiufu] startup failed', err);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the database last, after every window (and so every IPC caller) is gone.
  app.on('will-quit', () => {
    stopIpc();
    backend?.close();
    backend = null;
  });
}

/** Opens the database; on failure tells the user why and quits (null). */
function openBackend(): Backend | null {
  // A packaged app has no node_modules: the PDF font ships as an extra resource (forge.config.ts).
  if (app.isPackaged && !process.env.XIUFU_FONT_PATH) {
    process.env.XIUFU_FONT_PATH = path.join(process.resourcesPath, 'NotoSansSC_400Regular.ttf');
  }
  // Tests and power users point XIUFU_DATA_DIR elsewhere (ARCHITECTURE.md "Data").
  const fromEnv = process.env.XIUFU_DATA_DIR?.trim();
  // The same folder as the browser shell's, so both shells see the same cases.
  const dataDir = fromEnv
    ? path.resolve(fromEnv)
    : defaultDataDir(process.platform, process.env, os.homedir());
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    return createBackend({
      dataDir,
      desktop: {
        openPath: (p) => shell.openPath(p),
        showItemInFolder: (p) => shell.showItemInFolder(p),
      },
    });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const zh = langForLocale(app.getLocale()) === 'zh';
    dialog.showErrorBox(
      zh ? '修复无法启动' : 'Xiufu cannot start',
      zh
        ? `无法打开数据文件夹 ${dataDir}：\n${detail}`
        : `The data folder ${dataDir} could not be opened:\n${detail}`,
    );
    app.exit(1);
    return null;
  }
}
