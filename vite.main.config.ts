// Main-process bundle. Forge's Vite plugin merges this over its own base config, which
// already sets the entry, CommonJS output (.vite/build/main.cjs), and keeps electron and
// Node's builtins external; they are listed again so the intent is visible here.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // `rollupOptions` (not `rolldownOptions`) because that is the key the Forge plugin
    // writes its own externals to, and Vite's mergeConfig concatenates the two lists.
    rollupOptions: {
      external: [
        'electron',
        ...builtinModules.flatMap((m) => [m, `node:${m}`]),
        // A native module: it loads its .node file relative to its own folder, so it
        // cannot be inlined. forge.config.ts copies it into the package instead.
        'better-sqlite3-multiple-ciphers',
      ],
    },
  },
  resolve: {
    // Node's entry points, not the browser ones, for anything the backend bundles.
    conditions: ['node'],
  },
});
