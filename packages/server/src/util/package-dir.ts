import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolve from this module: in the esbuild bundle that is packages/server/dist/cli.js, whose node_modules
// lookup reaches the workspace packages as well, so no source-relative paths are needed.
const require = createRequire(import.meta.url);

function nameAt(dir: string): string | null {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name ?? null;
}

/**
 * The folder of an installed package, or null when it is not installed. Uses `<pkg>/package.json` when the
 * package allows it; packages whose `exports` hide package.json are found from their main entry upwards.
 */
export function packageDir(name: string): string | null {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    // Not exported or not installed: try the main entry below.
  }
  let dir: string;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    return null;
  }
  for (let up = dir; ; up = dirname(up)) {
    if (nameAt(up) === name) return up;
    if (dirname(up) === up) return null;
  }
}
