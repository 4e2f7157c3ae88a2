// Writes src/generated/<name>.ts from schemas/<name>.schema.json (one source of truth per shape) and the
// precompiled meta-schema validators (src/generated/meta-validators.js).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderValidators, renderValidatorTypes } from './compile-validators.mjs';
import { renderTypes, SCHEMA_NAMES } from './render-types.mjs';
import { readSchemaFiles } from './schema-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await readSchemaFiles();

for (const name of SCHEMA_NAMES) {
  const target = `${root}src/generated/${name}.ts`;
  await writeFile(target, await renderTypes(name, files));
  console.log(`wrote ${target}`);
}
for (const [file, source] of [
  ['meta-validators.js', renderValidators(files)],
  ['meta-validators.d.ts', renderValidatorTypes()],
]) {
  await writeFile(`${root}src/generated/${file}`, source);
  console.log(`wrote ${root}src/generated/${file}`);
}
