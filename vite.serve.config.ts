// The browser shell's server bundle (npm run serve, scripts/serve.mjs): web/main.ts and
// the job workers as CommonJS in .vite/serve/, so a start loads one built file instead of
// transpiling the backend through tsx. Dependencies stay external (a server build's
// default): the SQLite driver (better-sqlite3-multiple-ciphers) is native and the rest resolve from node_modules as they are.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: '.vite/serve',
    emptyOutDir: true,
    target: 'node24',
    minify: false,
    rollupOptions: {
      // jobs/run-worker.ts loads `<name>.cjs` beside the main bundle (the same names as
      // the desktop build of forge.config.ts).
      input: {
        main: 'web/main.ts',
        'backup-worker': 'jobs/backup-worker.ts',
        'packet-worker': 'jobs/packet-worker.ts',
        'calendar-worker': 'jobs/calendar-worker.ts',
        'chain-worker': 'jobs/chain-worker.ts',
        'list-export-worker': 'jobs/list-export-worker.ts',
        'reports-worker': 'jobs/reports-worker.ts',
        'rekey-worker': 'jobs/rekey-worker.ts',
        'personal-export-worker': 'jobs/personal-export-worker.ts',
        'import-worker': 'jobs/import-worker.ts',
        'bundle-read-worker': 'jobs/bundle-read-worker.ts',
      },
      external: builtinModules.flatMap((m) => [m, `node:${m}`]),
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
    },
  },
  resolve: { conditions: ['node'] },
});
