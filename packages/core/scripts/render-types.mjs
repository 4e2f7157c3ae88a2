// Renders the TypeScript types for the meta-schemas. Pure (no file writes) so the staleness test can
// regenerate in memory and compare with the committed files.
import { compile } from 'json-schema-to-typescript';

/** The meta-schemas that have generated types, by file base name. */
export const SCHEMA_NAMES = ['event-type', 'edition', 'tenant'];

const BANNER = `/* Generated from schemas/{name}.schema.json by scripts/generate.mjs: do not edit, run \`npm run generate\`. */

import type { Localized } from '../localize.ts';`;

/**
 * Replaces every `$ref` to a `$defs` entry carrying `tsType` with that type name. Without this,
 * json-schema-to-typescript emits a numbered alias (`Localized1`, ...) for each `$ref` that has a sibling
 * `description`, and every schema file would declare its own copy of the shared `Localized` type.
 */
function inlineTsTypes(schema) {
  const defs = schema.$defs ?? {};
  const named = new Map(
    Object.entries(defs)
      .filter(([, def]) => typeof def.tsType === 'string')
      .map(([key, def]) => [`#/$defs/${key}`, def.tsType]),
  );
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && named.has(value)) out.tsType = named.get(value);
      else out[key] = walk(value);
    }
    return out;
  };
  const result = walk(schema);
  for (const ref of named.keys()) delete result.$defs[ref.slice('#/$defs/'.length)];
  return result;
}

/** Renders the TypeScript source for one meta-schema (given as parsed JSON). */
export async function renderTypes(name, schema) {
  return compile(inlineTsTypes(schema), name, {
    bannerComment: BANNER.replace('{name}', name),
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110, semi: true, trailingComma: 'all', bracketSpacing: true },
  });
}
