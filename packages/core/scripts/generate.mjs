// Writes src/generated/<name>.ts from schemas/<name>.schema.json (one source of truth per shape).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderTypes, SCHEMA_NAMES } from './render-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const name of SCHEMA_NAMES) {
  const schema = JSON.parse(await readFile(`${root}schemas/${name}.schema.json`, 'utf8'));
  const target = `${root}src/generated/${name}.ts`;
  await writeFile(target, await renderTypes(name, schema));
  console.log(`wrote ${target}`);
}
