/**
 * Every journey gets a fresh data folder. In the "browser" project the app is the
 * browser shell on its own server; in the "electron" project the same specs drive the
 * desktop shell, which needs the Electron binary: where it is absent each test is
 * skipped with the reason.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, expect, type Page } from '@playwright/test';
import { electronBinaryPath, electronSkipReason } from './electron-available';
import { startServer } from './server';
import { settleFonts } from './settle';

export interface App {
  dataDir: string;
  /** The app's window; after restart() it may be a new page (desktop shell). */
  readonly page: Page;
  /**
   * Quits the shell and starts it again on the same data folder; `whileStopped` runs in
   * between (to spoil or prepare the folder as a crash or a user would).
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  /** Saves a screenshot under e2e/screenshots/ for people to look at. */
  shot(name: string): Promise<void>;
}

interface Shell {
  page: Page;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..');
const SHOTS = join(import.meta.dirname, 'screenshots');

async function browserShell(page: Page, dataDir: string): Promise<Shell> {
  const server = await startServer(dataDir);
  await page.goto(server.url);
  return { page, stop: () => server.stop() };
}

async function desktopShell(dataDir: string): Promise<Shell> {
  const app = await _electron.launch({
    executablePath: electronBinaryPath()!,
    args: [join(ROOT, '.vite', 'build', 'main.cjs')],
    env: { ...process.env, XIUFU_DATA_DIR: dataDir } as Record<string, string>,
  });
  return { page: await app.firstWindow(), stop: () => app.close() };
}

export const test = base.extend<{ app: App; shell: Shell }>({
  shell: async ({ context }, use, testInfo) => {
    const electron = testInfo.project.name === 'electron';
    if (electron) testInfo.skip(electronBinaryPath() === null, electronSkipReason());
    const dataDir = mkdtempSync(join(tmpdir(), 'xiufu-e2e-'));
    const page = electron ? null : await context.newPage();
    const start = () => (page ? browserShell(page, dataDir) : desktopShell(dataDir));
    let shell = await start();
    const holder: Shell & Pick<App, 'dataDir' | 'restart'> = {
      dataDir,
      get page() {
        return shell.page;
      },
      stop: () => shell.stop(),
      async restart(whileStopped) {
        await shell.stop();
        await whileStopped?.();
        shell = await start();
      },
    };
    await use(holder);
    await shell.stop();
  },
  app: async ({ shell }, use) => {
    mkdirSync(SHOTS, { recursive: true });
    const s = shell as Shell & Pick<App, 'dataDir' | 'restart'>;
    await use({
      dataDir: s.dataDir,
      get page() {
        return s.page;
      },
      restart: (whileStopped) => s.restart(whileStopped),
      shot: async (name) => {
        await settleFonts(s.page);
        await s.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      },
    });
  },
});

export { expect, type Page };
