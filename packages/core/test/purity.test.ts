import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

// Must-show 4: core is pure and browser-safe: no file under packages/core/src imports node built-ins,
// lit, hono, drizzle or SQLite (tests that need the file system live in packages/core/test).
const SRC = new URL('../src/', import.meta.url);
const FORBIDDEN_PACKAGES = ['lit', 'hono', 'drizzle-orm', 'drizzle-kit', 'better-sqlite3', '@lit'];
const BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

function filesUnder(dir: URL): URL[] {
  return readdirSync(dir).flatMap((entry) => {
    const url = new URL(entry, dir);
    return statSync(url).isDirectory() ? filesUnder(new URL(`${entry}/`, dir)) : [url];
  });
}

/** Module specifiers of static imports, re-exports, dynamic imports and require calls. */
export function importedModules(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns
    .flatMap((pattern) => [...source.matchAll(pattern)])
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((match) => match[1] as string);
}

/** Why a specifier is forbidden in core, or null when it is fine. */
export function forbiddenReason(specifier: string): string | null {
  if (specifier.startsWith('node:')) return 'node built-in';
  const root = specifier.split('/')[0] as string;
  if (BUILTINS.has(root) || BUILTINS.has(specifier)) return 'node built-in';
  const packageName = root.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : root;
  if (FORBIDDEN_PACKAGES.some((name) => packageName === name || packageName.startsWith(`${name}/`))) {
    return `server/UI package ${packageName}`;
  }
  return null;
}

describe('core purity', () => {
  const files = filesUnder(SRC).filter((url) => /\.(ts|js|mjs|cjs|mts)$/.test(url.pathname));

  it('scans the source files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('has no file under src importing node built-ins, lit, hono, drizzle or SQLite', () => {
    const offences = files.flatMap((url) =>
      importedModules(readFileSync(url, 'utf8')).flatMap((specifier) => {
        const reason = forbiddenReason(specifier);
        return reason === null
          ? []
          : [`${url.pathname.split('/packages/core/')[1]}: ${specifier} (${reason})`];
      }),
    );
    expect(offences).toEqual([]);
  });

  it('recognises the forbidden imports (the scanner itself can fail)', () => {
    const source = [
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "import { html } from 'lit';",
      "export { Hono } from 'hono';",
      "const d = await import('drizzle-orm/sqlite-core');",
      "const s = require('better-sqlite3');",
      "import crypto from 'crypto';",
      "import Ajv from 'ajv/dist/2020.js';",
      "import type { X } from './x.ts';",
    ].join('\n');
    expect(importedModules(source).map(forbiddenReason)).toEqual([
      'node built-in',
      'node built-in',
      'server/UI package lit',
      'server/UI package hono',
      'server/UI package drizzle-orm',
      'server/UI package better-sqlite3',
      'node built-in',
      null,
      null,
    ]);
  });
});
