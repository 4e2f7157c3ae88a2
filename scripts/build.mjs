// Builds the three deliverables with esbuild: the applicant web components, the staff web components and
// the server CLI. Workspace packages ship TypeScript sources, so they are always bundled; third-party
// packages stay external for the server (native modules such as better-sqlite3 cannot be bundled).

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { applicantBundleOptions } from './applicant-bundle.mjs';
import { bundleForNode } from './bundle-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const browser = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: root,
  logLevel: 'warning',
};

const started = performance.now();
await Promise.all([
  build({
    ...browser,
    entryPoints: ['packages/form-runtime/src/elements.ts'],
    outfile: 'packages/form-runtime/dist/festplatz-elements.js',
    ...applicantBundleOptions(root),
  }),
  build({
    ...browser,
    entryPoints: ['packages/builder-ui/src/admin.ts'],
    outfile: 'packages/builder-ui/dist/festplatz-admin.js',
  }),
  bundleForNode({
    entry: 'packages/server/src/cli.ts',
    outfile: 'packages/server/dist/cli.js',
    sourcemap: true,
    absWorkingDir: root,
  }),
]);
console.log(`festplatz: built in ${Math.round(performance.now() - started)} ms`);
