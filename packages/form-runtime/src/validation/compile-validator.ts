import type { RJSFSchema } from '@rjsf/utils';
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/lib/compileSchemaValidatorsCode.js';
import { prepareSchema } from './prepare-schema.ts';

/**
 * The ajv options of the applicant form. Same tolerance as the server (core's createAjv): without it 12.34 is "not a
 * multiple of 0.01" (FORM-1).
 */
const FORM_AJV_OPTIONS = { ajvOptionsOverrides: { multipleOfPrecision: 9 } };

/**
 * Compiles a bundle form schema (as the API serves it) into the source of an ES module whose default export takes a
 * `require` for ajv's runtime helpers and returns RJSF's precompiled validator functions (`loadValidatorModule`).
 * Runs on the server, so the browser never generates code and the page works under a CSP without `unsafe-eval`.
 */
export function compileValidatorModule(schema: RJSFSchema): string {
  // ajv's standalone ESM output cannot name RJSF's hash-keyed exports, so the CommonJS output is wrapped instead;
  // its `require` calls for ajv's runtime helpers are answered by the bundle (ajv-runtime.ts).
  const commonJs = compileSchemaValidatorsCode(prepareSchema(schema), FORM_AJV_OPTIONS);
  return `export default function festplatzValidators(require) {
const module = { exports: {} };
const exports = module.exports;
${commonJs}
return module.exports;
}
`;
}
