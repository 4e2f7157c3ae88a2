// Dependency rules of ARCHITECTURE.md and STYLE.md lesson 5, checked mechanically: packages import each other
// only downwards, only through their public entry (no deep imports), and never in a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Which workspace packages each package may import (server serves the UI bundles but does not import them). */
const allowed: Record<string, string[]> = {
  core: [],
  'case-engine': ['core'],
  server: ['core', 'case-engine'],
  'form-runtime': ['core'],
  'builder-ui': ['core', 'form-runtime'],
};

/**
 * Public subpath entries a package may import beyond `allowed`: the server compiles form validators with the form
 * runtime's own compiler (issue 5, so both agree on schema and options) but imports none of its UI.
 */
const allowedEntries: Record<string, string[]> = {
  server: ['@festplatz/form-runtime/precompile'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every `@festplatz/...` specifier a file imports or re-exports (static and dynamic). */
function festplatzImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](@festplatz\/[^'"]+)['"]/g)];
  return specifiers.map((match) => match[1] as string);
}

describe('package dependencies', () => {
  for (const [pkg, mayImport] of Object.entries(allowed)) {
    it(`${pkg} imports only ${mayImport.join(', ') || 'no other package'}, through public entries`, () => {
      const offending = sourceFiles(join(root, 'packages', pkg)).flatMap((file) =>
        festplatzImports(file)
          .filter((specifier) => {
            if (allowedEntries[pkg]?.includes(specifier)) return false;
            const [, name, ...deep] = specifier.split('/');
            const isExample = name?.startsWith('example-');
            const deepImport = deep.length > 0 && deep.join('/') !== 'package.json';
            return deepImport || (!isExample && !mayImport.includes(name ?? ''));
          })
          .map((specifier) => `${relative(root, file)} imports ${specifier}`),
      );
      expect(offending).toEqual([]);
    });
  }
});
