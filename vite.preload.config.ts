// Preload bundle. Forge's Vite plugin already emits it as a single CommonJS file
// (.vite/build/preload.cjs) with electron external; that is what a sandboxed preload
// needs, since it can `require` only electron and a few builtins and nothing from disk.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // Keep it readable in DevTools; it is a few hundred bytes.
    minify: false,
  },
});
