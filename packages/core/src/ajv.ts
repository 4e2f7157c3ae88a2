import type { ErrorObject, ValidateFunction } from 'ajv';
// The .js suffix matters: ajv has no exports map, and Node's ESM resolver needs the file name.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Creates the validator engine used for bundles and application data: JSON Schema 2020-12, all errors
 * (so a form shows every problem at once), strict about unknown keywords (typos in a staff-written
 * schema must surface, not be ignored).
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // Staff-written forms legitimately put `if` without `type` etc.; type-strictness would only log noise.
    strictTypes: false,
    strictTuples: false,
    // `then: { required: [...] }` naming fields declared elsewhere is the usual conditional-field pattern.
    strictRequired: false,
    // Without a tolerance 12.34 is "not a multiple of 0.01" in binary floating point (FORM-1 lengths).
    multipleOfPrecision: 9,
  });
  addFormats(ajv);
  // `tsType` annotates the meta-schemas for json-schema-to-typescript; it does not constrain data.
  ajv.addVocabulary(['tsType']);
  return ajv;
}

export type { ErrorObject, ValidateFunction };
