import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import { applicantBundleOptions } from '../../scripts/applicant-bundle.mjs';
import { bundleInMemory } from './browser-bundle.ts';

const ENTRY = 'packages/form-runtime/src/elements.ts';

/** Gzip level 9 size of `code`. */
export const gzipSize = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

/** What one element module adds to festplatz-elements.js: the bundle with it minus the bundle without it. */
export interface ElementShare {
  module: string;
  gzipBytes: number;
}

/** Where the bytes of festplatz-elements.js go. */
export interface BundleReport {
  gzipBytes: number;
  /** The same sources built without the applicant options, i.e. with React and markdown-to-jsx. */
  gzipBytesPlain: number;
  /** Minified bytes per npm package or source folder, largest first. */
  packages: { name: string; bytes: number }[];
  elements: ElementShare[];
}

/** The element modules the entry imports, with the names it imports from each. */
function elementImports(root: string): { path: string; names: string[] }[] {
  const source = readFileSync(join(root, ENTRY), 'utf8');
  return [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(\.\/elements\/[^']+)'/g)].map((match) => ({
    path: match[2] ?? '',
    names: (match[1] ?? '')
      .split(',')
      .map((name) => name.replace(/^type\s+/, '').trim())
      .filter(Boolean),
  }));
}

/** Replaces one module by empty element classes of the same names, i.e. builds the bundle without it. */
function without(path: string, names: string[]): Plugin {
  return {
    name: 'bench-without-element',
    setup(build) {
      build.onResolve({ filter: /./ }, (args) =>
        args.importer.endsWith(ENTRY) && args.path === path ? { path, namespace: 'bench-stub' } : undefined,
      );
      build.onLoad({ filter: /./, namespace: 'bench-stub' }, () => ({
        contents: names.map((name) => `export class ${name} extends HTMLElement {}`).join('\n'),
        loader: 'js',
      }));
    },
  };
}

function packageOf(input: string): string {
  const inNodeModules = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return inNodeModules?.[1] ?? input.replace(/\/[^/]+$/, '');
}

/** Builds festplatz-elements.js in memory as scripts/build.mjs does and accounts for its size. */
export async function bundleReport(root: string): Promise<BundleReport> {
  const applicant = applicantBundleOptions(root);
  const full = await bundleInMemory(root, ENTRY, applicant);
  const plain = await bundleInMemory(root, ENTRY);
  const gzipBytes = gzipSize(full.code);
  const byPackage = new Map<string, number>();
  for (const output of Object.values(full.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const elements: ElementShare[] = [];
  for (const { path, names } of elementImports(root)) {
    const rest = await bundleInMemory(root, ENTRY, {
      ...applicant,
      plugins: [...applicant.plugins, without(path, names)],
    });
    elements.push({ module: path.replace('./elements/', ''), gzipBytes: gzipBytes - gzipSize(rest.code) });
  }
  return {
    gzipBytes,
    gzipBytesPlain: gzipSize(plain.code),
    packages: [...byPackage]
      .map(([name, bytes]) => ({ name, bytes }))
      .filter((entry) => entry.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
    elements,
  };
}
