import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

// Drift guard per dialect: drizzle-kit regenerates from the schema into a COPY of the migrations folder; if the
// copy gains a file, someone changed the schema without running `npm run db:generate` (or `db:generate:pg`).
// No database is needed for either.
const dialects = [
  { dialect: 'sqlite', schema: './src/sqlite/schema.ts', migrations: 'sqlite' },
  { dialect: 'postgresql', schema: './src/pg/schema.ts', migrations: 'pg' },
] as const;

describe.each(dialects)('drizzle migrations ($dialect)', ({ dialect, schema, migrations }) => {
  it(`are in sync with ${schema}`, { timeout: 30_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), `festplatz-drift-${migrations}-`));
    try {
      cpSync(join(packageDir, 'drizzle', migrations), out, { recursive: true });
      const before = readdirSync(out).sort();
      const log = execFileSync(
        process.execPath,
        [
          drizzleKitBin(),
          'generate',
          '--dialect',
          dialect,
          '--schema',
          schema,
          '--out',
          // drizzle-kit prefixes './' to --out, so an absolute path breaks; pass it relative to the package.
          relative(packageDir, out),
        ],
        { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      // drizzle-kit exits 0 even when it fails, so also require its explicit "nothing to do" message.
      expect(log).toMatch(/No schema changes/);
      expect(readdirSync(out).sort(), log).toEqual(before);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

// drizzle-kit's exports do not include package.json or bin.cjs, so find bin.cjs next to its main entry.
function drizzleKitBin(): string {
  return join(dirname(createRequire(import.meta.url).resolve('drizzle-kit')), 'bin.cjs');
}
