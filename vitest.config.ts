import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,db,api,jobs,web,electron,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
  },
});
