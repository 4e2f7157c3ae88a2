// Precompiles the meta-schema validators with ajv standalone (lesson 13: no code generation at run time,
// so the browser runs under a strict CSP). Pure: returns the module source; generate.mjs writes it.
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { bundleSchema } from './bundle-schemas.mjs';

/** Exported validator name -> meta-schema base name. */
export const VALIDATORS = {
  validateEventType: 'event-type',
  validateEdition: 'edition',
  validateTenant: 'tenant',
};

const BANNER =
  '// Generated from schemas/*.schema.json by scripts/generate.mjs (ajv standalone): do not edit, run `npm run generate`.\n';

/** Renders the ES module with one precompiled validator per meta-schema. */
export function renderValidators(files) {
  const ajv = new Ajv2020({
    // Same options as core's run-time engine (src/ajv.ts), so issues look the same.
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  ajv.addVocabulary(['tsType']);
  const refs = {};
  for (const [exportName, name] of Object.entries(VALIDATORS)) {
    const schema = withoutAnnotations(bundleSchema(name, files));
    const id = schema.$id;
    ajv.addSchema(schema, id);
    refs[exportName] = id;
  }
  return BANNER + toEsmImports(standaloneCode(ajv, refs));
}

/**
 * ajv emits `const funcN = require("ajv/dist/runtime/x").default` for its runtime helpers (unicode string
 * length, deep equality) even in ESM mode. Rewrites them as ES imports with the `.js` suffix, which Node's
 * ESM resolver needs (ajv has no exports map). Node's default import of a CommonJS module is
 * `module.exports` (helper under `.default`); bundlers honouring `__esModule` give the helper itself.
 */
function toEsmImports(code) {
  const out = code.replace(
    /const (func\d+) = require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default;/g,
    'import $1Module from "$2.js";\nconst $1 = $1Module.default ?? $1Module;',
  );
  if (out.includes('require('))
    throw new Error('compile-validators: unexpected require() in standalone code');
  return out;
}

/**
 * Drops the `description` and `title` texts (strings only: a property may be *named* `title`): they do
 * not constrain data, and ajv would embed the whole documented schema in the generated module.
 */
function withoutAnnotations(node) {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'description' || key === 'title') && typeof value === 'string'))
      .map(([key, value]) => [key, withoutAnnotations(value)]),
  );
}

/** Renders the declaration file for the generated module (one line per validator). */
export function renderValidatorTypes() {
  const lines = Object.entries(VALIDATORS).map(
    ([exportName, name]) =>
      `/** Precompiled validator for schemas/${name}.schema.json. */\nexport declare const ${exportName}: MetaValidator;`,
  );
  return `${BANNER}
import type { ErrorObject } from 'ajv';

/** A precompiled ajv validator: true when the data conforms; otherwise \`errors\` lists every problem. */
export interface MetaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

${lines.join('\n')}
`;
}
