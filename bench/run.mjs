// Runs a benchmark written in TypeScript: bundles bench/<name>/bench.ts with esbuild (workspace packages
// included, third-party packages external) into a temp file and executes it with Node.
// Usage: node bench/run.mjs case-engine [-- args passed to the benchmark]; node bench/run.mjs form-runtime
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../scripts/bundle-node.mjs';

const [name, ...args] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!name) {
  console.error('usage: node bench/run.mjs <benchmark> [args]   (case-engine, form-runtime)');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), `festplatz-bench-${name}-`));
// Placed in the repo's bench folder so Node resolves the external packages from the repo's node_modules.
const outfile = join(root, 'bench', name, '.bench.bundle.mjs');
try {
  await bundleForNode({ entry: join(root, 'bench', name, 'bench.ts'), outfile });
  const run = spawnSync(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), outfile, ...args],
    { stdio: 'inherit', env: { ...process.env, BENCH_TMP: out } },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(outfile, { force: true });
}
