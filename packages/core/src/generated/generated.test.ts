import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTypes, SCHEMA_NAMES } from '../../scripts/render-types.mjs';

const root = new URL('../../', import.meta.url);

describe('generated types', () => {
  // Fails when a schema changed without `npm run generate` (lesson 11: one source of truth).
  it.each(SCHEMA_NAMES)('src/generated/%s.ts is up to date with its schema', async (name) => {
    const schema = JSON.parse(await readFile(new URL(`schemas/${name}.schema.json`, root), 'utf8'));
    const committed = await readFile(new URL(`src/generated/${name}.ts`, root), 'utf8');
    expect(await renderTypes(name, schema)).toBe(committed);
  });

  it('renders deterministically', async () => {
    const schema = JSON.parse(await readFile(new URL('schemas/edition.schema.json', root), 'utf8'));
    expect(await renderTypes('edition', schema)).toBe(await renderTypes('edition', schema));
  });
});
