/**
 * The desktop shell's main process: one instance, one backend, one window.
 * Everything security-related lives in security.ts / ipc.ts / policy.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import os from 'node:os';
import { argsForDataDir, dataDirFromArgs, defaultDataDir } from '../api/data-dir';
import { recoveryLine } from '../api/backup-messages';
import { createBackend, type Backend, type ShellServices } from '../api/dispatch';
import { registerDeepLinks } from './deep-links';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { langForLocale } from './menu-labels';
import { applySecurity } from './security';
import { appLocation, createMainWindow } from './window';

// Sandbox every renderer, whatever options a window is created with. Must run before
// the app is ready.
app.enableSandbox();

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
    .then(async () => {
      applySecurity(loc);
      installMenu(devMode);
      backend = openBackend();
      if (!backend) return;
      // A migration may back the data up first; a file that cannot be used opens the
      // recovery screen instead of the app (the renderer asks recovery.status).
      await backend.ready;
      const recovery = backend.recovery();
      if (recovery) console.error(recoveryLine(recovery, langForLocale(app.getLocale())));
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
  // The recovery screen restarts the app with --data-dir=…; tests and power users point
  // XIUFU_DATA_DIR elsewhere (ARCHITECTURE.md "Data").
  const chosen = dataDirFromArgs(process.argv) ?? process.env.XIUFU_DATA_DIR?.trim();
  // The same folder as the browser shell's, so both shells see the same cases.
  const dataDir = chosen
    ? path.resolve(chosen)
    : defaultDataDir(process.platform, process.env, os.homedir());
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    return createBackend({
      dataDir,
      desktop: { openPath: (p) => shell.openPath(p) },
      shell: desktopShell(),
      dailyBackup: true,
      // Backups run in a worker thread: the bundled .vite/build/backup-worker.cjs.
      bundledJobs: path.join(app.getAppPath(), '.vite', 'build'),
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

/** What the backend may ask of the desktop app: a folder dialog, a restart on another folder, quitting. */
function desktopShell(): ShellServices {
  return {
    async pickFolder(lang) {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options: Electron.OpenDialogOptions = {
        title: lang === 'zh' ? '选择文件夹' : 'Choose a folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    relaunch(dataDir) {
      // Quitting closes the database cleanly (will-quit); the new instance starts after.
      app.relaunch({ args: argsForDataDir(process.argv.slice(1), dataDir) });
      app.quit();
    },
    quit: () => app.quit(),
  };
}
