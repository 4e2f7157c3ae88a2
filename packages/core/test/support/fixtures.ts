// Reads the golden fixtures of core (node only: tests, never src).
import { readdirSync, readFileSync } from 'node:fs';
import type { PatchOperation } from './json-patch.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** An invalid bundle stated as a patch on a valid base, with exactly the issues it must produce. */
export interface InvalidFixture {
  name: string;
  description: string;
  base: string;
  patch: PatchOperation[];
  expected: { path: string; code: string }[];
}

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, FIXTURES), 'utf8'));

/** A base bundle: `soest-kirmes` is bases/soest-kirmes.v2.json, `soest-kirmes.v1` is migrations/soest-kirmes.v1.json. */
export function readBase(base: string): unknown {
  return /\.v\d+$/.test(base) ? readJson(`migrations/${base}.json`) : readJson(`bases/${base}.v2.json`);
}

/** Every invalid fixture, sorted by name. */
export function readInvalidFixtures(): InvalidFixture[] {
  return readdirSync(new URL('invalid/', FIXTURES))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      ...(readJson(`invalid/${file}`) as Omit<InvalidFixture, 'name'>),
    }));
}

/** Migration fixtures: pairs `<name>.v1.json` -> `<name>.v2.json` under fixtures/migrations. */
export function readMigrationPairs(): { name: string; v1: unknown; v2: unknown }[] {
  return readdirSync(new URL('migrations/', FIXTURES))
    .filter((file) => file.endsWith('.v1.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.v1\.json$/, '');
      return { name, v1: readJson(`migrations/${file}`), v2: readJson(`migrations/${name}.v2.json`) };
    });
}
