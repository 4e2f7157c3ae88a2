import { createAjv, type ValidateFunction } from './ajv.ts';

let ajv: ReturnType<typeof createAjv> | undefined;
const cache = new WeakMap<object, ValidateFunction>();

/**
 * Compiles a staff-written JSON Schema once per schema object (compiling is far slower than
 * validating). Throws ajv's error for an invalid schema: parseEventType checks forms before use.
 */
export function compiledSchema(schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}
