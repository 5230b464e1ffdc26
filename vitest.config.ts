import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,db,api,jobs,web,electron,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['scripts/vitest-global-setup.ts'],
    pool: 'forks',
    testTimeout: 20000,
  },
});
