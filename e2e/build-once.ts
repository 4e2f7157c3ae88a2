import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Vitest global setup of the browser project: the pages load the esbuild bundles, so every browser test must
// see what the current sources build to. Building once here instead of in each file keeps two test files from
// writing the same bundles at the same time.
export default function buildOnce(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
}
