// Renders the TypeScript types for the meta-schemas. Pure (no file writes) so the staleness test can
// regenerate in memory and compare with the committed files.
import { compile } from 'json-schema-to-typescript';
import { bundleSchema } from './bundle-schemas.mjs';

/** The meta-schemas that have generated types (each composed with the section files it references). */
export const SCHEMA_NAMES = ['event-type', 'edition', 'tenant', 'statechart'];

const BANNER = `/* Generated from schemas/{name}.schema.json (and the files it references) by scripts/generate.mjs: do not edit, run \`npm run generate\`. */

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

/** Renders the TypeScript source for one meta-schema; `files` maps base names to parsed schema files. */
export async function renderTypes(name, files) {
  const bundled = inlineTsTypes(bundleSchema(name, files, { localizedAs: 'Localized' }));
  return compile(bundled, name, {
    bannerComment: BANNER.replace('{name}', name),
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110, semi: true, trailingComma: 'all', bracketSpacing: true },
  });
}
