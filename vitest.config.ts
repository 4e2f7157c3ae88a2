import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', root: 'packages/core' } },
      { test: { name: 'case-engine', root: 'packages/case-engine' } },
      { test: { name: 'form-runtime', root: 'packages/form-runtime' } },
      { test: { name: 'builder-ui', root: 'packages/builder-ui' } },
      { test: { name: 'server', root: 'packages/server' } },
      { test: { name: 'repo', root: 'test' } },
      {
        test: {
          name: 'browser',
          root: 'e2e',
          globalSetup: ['./build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
