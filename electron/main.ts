/**
 * The desktop shell's main process: one instance, one backend, one window.
 * Everything security-related lives in security.ts / ipc.ts / policy.ts.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import os from 'node:os';
import { claimDataFolder, folderRefusal, type DataLock } from '../api/claim-folder';
import {
  argsForDataDir,
  dataDirFromArgs,
  defaultDataDir,
  readOnlyRequested,
} from '../api/data-dir';
import { recoveryLine } from '../api/backup-messages';
import { createBackend, type Backend, type ShellServices } from '../api/dispatch';
import { registerAppScheme } from './app-protocol';
import { registerDeepLinks } from './deep-links';
import { registerIpc } from './ipc';
import { createKeyStore } from './key-store';
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

// A second launch of the desktop app hands over to the first, which brings its window
// to the front (see 'second-instance'; a case link it carries opens there). Any other
// process on the data folder (the browser shell) is kept out by the folder's own lock.
if (!app.requestSingleInstanceLock()) {
  console.error('Xiufu is already running; its window was brought to the front.');
  app.quit();
} else {
  start();
}

function start(): void {
  const loc = appLocation();
  let backend: Backend | null = null;
  let lock: DataLock | null = null;
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
      const opened = await openBackend();
      if (!opened) return;
      ({ backend, lock } = opened);
      // A data file that cannot be used opens the recovery screen instead of the app
      // (the renderer asks recovery.status).
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

  // Close the database last, after every window (and so every IPC caller) is gone; the
  // data folder is free once it is closed.
  app.on('will-quit', () => {
    stopIpc();
    backend?.close();
    backend = null;
    lock?.release();
    lock = null;
  });
  // Ctrl+C or a kill from a terminal quits like the menu does, so the above runs.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}

/** Claims the data folder and opens the database; on failure tells the user why and quits (null). */
async function openBackend(): Promise<{ backend: Backend; lock: DataLock } | null> {
  // A packaged app has no node_modules: the PDF fonts ship as extra resources (forge.config.ts).
  if (app.isPackaged) {
    process.env.XIUFU_FONT_PATH ||= path.join(process.resourcesPath, 'NotoSansSC_400Regular.ttf');
    process.env.XIUFU_BOLD_FONT_PATH ||= path.join(process.resourcesPath, 'NotoSansSC_700Bold.ttf');
  }
  // The recovery screen restarts the app with --data-dir=…; tests and power users point
  // XIUFU_DATA_DIR elsewhere (ARCHITECTURE.md "Data").
  const chosen = dataDirFromArgs(process.argv) ?? process.env.XIUFU_DATA_DIR?.trim();
  // The same folder as the browser shell's, so both shells see the same cases.
  const dataDir = chosen
    ? path.resolve(chosen)
    : defaultDataDir(process.platform, process.env, os.homedir());
  const lang = langForLocale(app.getLocale());
  const refuse = (say: (l: typeof lang) => string): null => {
    console.error(say('en'));
    dialog.showErrorBox(lang === 'zh' ? '修复无法启动' : 'Xiufu cannot start', say(lang));
    app.exit(1);
    return null;
  };
  const claim = claimDataFolder(dataDir, {
    shell: 'desktop',
    readOnly: readOnlyRequested(process.env),
  });
  if (!claim.ok) return refuse(claim.message);
  try {
    const backend = createBackend({
      dataDir,
      readOnly: claim.readOnly,
      desktop: {
        openPath: (p) => shell.openPath(p),
        showItemInFolder: (p) => shell.showItemInFolder(p),
      },
      shell: desktopShell(),
      dailyBackup: true,
      verifyHistory: true,
      // Backups run in a worker thread: the bundled .vite/build/backup-worker.cjs.
      bundledJobs: path.join(app.getAppPath(), '.vite', 'build'),
    });
    try {
      // A migration may back the data up first.
      await backend.ready;
    } catch (err) {
      backend.close();
      throw err;
    }
    return { backend, lock: claim.lock };
  } catch (err) {
    claim.lock.release();
    const refusal = folderRefusal(err);
    if (refusal) return refuse(refusal);
    const detail = err instanceof Error ? err.message : String(err);
    return refuse((l) =>
      l === 'zh'
        ? `无法打开数据文件夹 ${dataDir}：\n${detail}`
        : `The data folder ${dataDir} could not be opened:\n${detail}`,
    );
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
    keyStore:
      createKeyStore(path.join(app.getPath('userData'), 'remembered-keys'), safeStorage) ??
      undefined,
  };
}
