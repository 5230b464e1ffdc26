/**
 * Vite config of the renderer (the React UI both shells show). `base: './'` because
 * Electron loads the build from file://; Electron Forge's vite plugin reuses this file
 * for the renderer named main_window, hence the output folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repo = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(repo, 'renderer'),
  base: './',
  plugins: [react()],
  css: { postcss: repo },
  build: {
    outDir: path.join(repo, '.vite/renderer/main_window'),
    emptyOutDir: true,
    // Mantine and the locale catalogues make one large chunk; that is fine for a local app.
    chunkSizeWarningLimit: 2000,
  },
});
