// Reads every meta-schema file under schemas/ (node only: used by the scripts and the tests, never by src).
import { readdir, readFile } from 'node:fs/promises';

export const SCHEMAS_DIR = new URL('../schemas/', import.meta.url);

/** All meta-schema files as `{ [baseName]: parsedSchema }`, e.g. `{ fees: {...}, 'event-type': {...} }`. */
export async function readSchemaFiles() {
  const names = (await readdir(SCHEMAS_DIR)).filter((file) => file.endsWith('.schema.json')).sort();
  const files = {};
  for (const file of names) {
    files[file.replace(/\.schema\.json$/, '')] = JSON.parse(
      await readFile(new URL(file, SCHEMAS_DIR), 'utf8'),
    );
  }
  return files;
}
