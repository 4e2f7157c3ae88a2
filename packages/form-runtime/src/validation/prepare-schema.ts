import type { RJSFSchema } from '@rjsf/utils';

/**
 * Makes a bundle form schema usable by RJSF's ajv (draft-07). Bundle schemas use only keywords valid in draft-07 and
 * 2020-12 (contracts), but a declared 2019-09/2020-12 `$schema` would make draft-07 ajv refuse the whole schema, so
 * that declaration is dropped; everything else is left as it is.
 */
export function prepareSchema(schema: RJSFSchema): RJSFSchema {
  if (typeof schema.$schema === 'string' && /20(19-09|20-12)/.test(schema.$schema)) {
    const { $schema: _dropped, ...rest } = schema;
    return rest;
  }
  return schema;
}
