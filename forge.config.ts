/**
 * Packaging (ARCHITECTURE.md "Packaging"): Forge 8 with the Vite plugin, fuses, and
 * makers for zip, deb, Squirrel and dmg. No Forge 7 package may be added here.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// Plain and encrypted (SQLCipher) data folders alike (db/driver.ts).
const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';

/**
 * The SQLite driver's Node-API prebuilds for one target (its lib/binding.js picks
 * `prebuilds/<platform>-<arch>.node`, or `linuxmusl-…` on musl). Node-API binaries are
 * ABI-stable, so the same files load in Electron without a rebuild.
 */
function prebuildsFor(platform: string, arch: string): string[] {
  const archs = ['x64', 'arm64'];
  // A universal macOS build merges the x64 and arm64 apps and insists that files present
  // in both are identical, so both slices always ship both binaries.
  if (platform === 'darwin' || platform === 'mas') return archs.map((a) => `darwin-${a}.node`);
  if (!archs.includes(arch)) {
    throw new Error(`${NATIVE_MODULE} ships no prebuilt binary for ${platform}-${arch}.`);
  }
  if (platform === 'linux') return [`linux-${arch}.node`, `linuxmusl-${arch}.node`];
  if (platform === 'win32') return [`win32-${arch}.node`];
  throw new Error(`${NATIVE_MODULE} ships no prebuilt binary for ${platform}-${arch}.`);
}

/**
 * The Vite plugin packages only `.vite/`, and the SQLite driver is external to the main
 * bundle, so the module is copied into the app's node_modules here. What it needs at run
 * time: package.json (its `main`/`exports`), lib/ and the target's prebuilds. Its one
 * dependency, node-addon-api, is C++ headers for compiling and is not needed; neither are
 * src/, deps/ or binding.gyp (leaving binding.gyp out also stops @electron/rebuild from
 * trying to compile it).
 */
async function copyNativeModule(buildPath: string, platform: string, arch: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const from = path.dirname(require.resolve(`${NATIVE_MODULE}/package.json`));
  const to = path.join(buildPath, 'node_modules', NATIVE_MODULE);
  await fs.mkdir(path.join(to, 'prebuilds'), { recursive: true });
  await fs.cp(path.join(from, 'lib'), path.join(to, 'lib'), { recursive: true });
  for (const file of ['package.json', 'LICENSE']) {
    await fs.copyFile(path.join(from, file), path.join(to, file));
  }
  for (const file of prebuildsFor(platform, arch)) {
    // copyFile fails loudly when a binary is missing: better no package than a broken one.
    await fs.copyFile(path.join(from, 'prebuilds', file), path.join(to, 'prebuilds', file));
  }
}

/** Noto Sans SC, so letters and packets print Chinese, and its bold face for letters (see core/pdf). */
const PDF_FONTS = [
  'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
];

const config: ForgeConfig = {
  packagerConfig: {
    // Native code must be a real file on disk for the OS loader; Electron redirects the
    // require of a .node inside app.asar to app.asar.unpacked.
    asar: { unpack: '*.node' },
    // Lower-case, so the deb's /usr/bin/xiufu and Squirrel's names agree with it.
    executableName: 'xiufu',
    appBundleId: 'app.xiufu.desktop',
    appCategoryType: 'public.app-category.business',
    // The fonts generated PDFs embed; electron/main.ts points api/fonts.ts at them.
    extraResource: PDF_FONTS,
    // xiufu://cases/<id> links open the app on the case (electron/deep-links.ts); macOS
    // reads the scheme from Info.plist, Windows gets it at run time.
    protocols: [{ name: 'Xiufu case link', schemes: ['xiufu'] }],
  },
  rebuildConfig: {
    // Uses its Node-API prebuilds (see above); compiling it would need a toolchain and
    // Electron's headers from the network.
    ignoreModules: [NATIVE_MODULE],
  },
  makers: [
    new MakerZIP({}, ['darwin', 'linux']),
    new MakerDeb({
      options: {
        name: 'xiufu',
        productName: 'Xiufu',
        genericName: 'Credit-repair case desk',
        categories: ['Office'],
        section: 'misc',
        // The desktop entry handles xiufu:// links (see packagerConfig.protocols).
        mimeType: ['x-scheme-handler/xiufu'],
      },
    }),
    new MakerSquirrel({ name: 'xiufu' }),
    new MakerDMG({}),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // Backups run in a worker thread (jobs/run-worker.ts loads .vite/build/backup-worker.cjs).
        { entry: 'jobs/backup-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // A holiday year's preview and save (jobs/calendar-worker.ts), the same way.
        { entry: 'jobs/calendar-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // Packets are rendered in one too (.vite/build/packet-worker.cjs).
        { entry: 'jobs/packet-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // history.verify walks the chain in one (.vite/build/chain-worker.cjs).
        { entry: 'jobs/chain-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // Every list's export to CSV or .xlsx (.vite/build/list-export-worker.cjs).
        { entry: 'jobs/list-export-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // A report on a large folder, off the server thread (.vite/build/reports-worker.cjs).
        { entry: 'jobs/reports-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // Re-keying an encrypted folder (jobs/rekey-worker.ts).
        { entry: 'jobs/rekey-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // A client's personal-data archive (.vite/build/personal-export-worker.cjs).
        { entry: 'jobs/personal-export-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // A spreadsheet import's preview, run and undo (.vite/build/import-worker.cjs).
        { entry: 'jobs/import-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        // A case bundle checked before import (.vite/build/bundle-read-worker.cjs).
        { entry: 'jobs/bundle-read-worker.ts', config: 'vite.main.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Fuses are flipped in the Electron binary at package time and cannot be changed by
    // the app, its environment or its command line afterwards.
    new FusesPlugin({
      version: FuseVersion.V1,
      // No ELECTRON_RUN_AS_NODE: the binary cannot be used as a plain Node interpreter.
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      // No NODE_OPTIONS / --inspect: nobody can inject code or attach a debugger.
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      // The app code is loaded only from an app.asar whose hash matches the binary.
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // file:// pages get a browser's rights only: no reading other files, no module
      // scripts, no app.asar. The renderer comes over app:// (electron/app-protocol.ts).
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
  hooks: {
    packageAfterCopy: async (_forgeConfig, buildPath, _electronVersion, platform, arch) => {
      await copyNativeModule(buildPath, platform, arch);
    },
  },
};

export default config;
