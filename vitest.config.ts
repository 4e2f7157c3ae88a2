import { defineConfig } from 'vitest/config';

// The suite runs on 2 cores with every project's workers at once; a test that seeds a database or parses
// hundreds of bundles may wait for a core well beyond vitest's 5 s default. The limit only catches hangs: no
// test measures speed (the targets are benchmarks in bench/).
const nodeProject = (name: string, root: string) => ({
  test: { name, root, testTimeout: 30_000, hookTimeout: 60_000 },
});

export default defineConfig({
  test: {
    projects: [
      nodeProject('core', 'packages/core'),
      nodeProject('case-engine', 'packages/case-engine'),
      nodeProject('form-runtime', 'packages/form-runtime'),
      nodeProject('builder-ui', 'packages/builder-ui'),
      nodeProject('server', 'packages/server'),
      nodeProject('repo', 'test'),
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
