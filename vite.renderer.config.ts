/**
 * Vite config of the renderer (the React UI both shells show). `base: './'`: the build
 * is served from app://xiufu/ in Electron and from any route in the browser shell.
 * Electron Forge's vite plugin reuses this file for the renderer named main_window,
 * hence the output folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from './api/transport';

const repo = path.dirname(fileURLToPath(import.meta.url));

/**
 * The built index.html carries the content security policy as its first element, before
 * any script or style. Only in the build: the dev server's page gets the policy as a
 * header with the holes hot reloading needs (electron/policy.ts), which a <meta> would
 * close again.
 */
export function cspMeta(): Plugin {
  return {
    name: 'xiufu-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: path.join(repo, 'renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  css: { postcss: repo },
  build: {
    outDir: path.join(repo, '.vite/renderer/main_window'),
    emptyOutDir: true,
    // Mantine and the locale catalogues make one large chunk; that is fine for a local app.
    chunkSizeWarningLimit: 2000,
  },
});
