import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderValidators, renderValidatorTypes } from '../scripts/compile-validators.mjs';
import { renderTypes, SCHEMA_NAMES } from '../scripts/render-types.mjs';
import { readSchemaFiles } from '../scripts/schema-files.mjs';

const root = new URL('../', import.meta.url);
const committed = (file: string) => readFile(new URL(`src/generated/${file}`, root), 'utf8');

// Fails when a schema changed without `npm run generate` (lesson 11: one source of truth; must-show 3).
describe('generated code', () => {
  it.each(SCHEMA_NAMES)('src/generated/%s.ts is up to date with its schemas', async (name) => {
    expect(await renderTypes(name, await readSchemaFiles())).toBe(await committed(`${name}.ts`));
  });

  it('src/generated/meta-validators.js (+ .d.ts) is up to date with the schemas', async () => {
    expect(renderValidators(await readSchemaFiles())).toBe(await committed('meta-validators.js'));
    expect(renderValidatorTypes()).toBe(await committed('meta-validators.d.ts'));
  });

  it('renders deterministically', async () => {
    const files = await readSchemaFiles();
    expect(await renderTypes('event-type', files)).toBe(await renderTypes('event-type', files));
    expect(renderValidators(files)).toBe(renderValidators(files));
  });
});
