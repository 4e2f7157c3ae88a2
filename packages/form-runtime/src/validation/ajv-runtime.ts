import equal from 'ajv/dist/runtime/equal.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * ajv ships CommonJS with `exports.default`: esbuild (in our `type: module` package) imports that as the exports
 * object, vitest as the function itself. Either way, this yields the function.
 */
function defaultExport<T>(imported: T | { default: T }): T {
  return typeof imported === 'function' ? imported : (imported as { default: T }).default;
}

/**
 * The ajv runtime helpers that precompiled validator code may `require`, by the exact name ajv writes into it. Only
 * what bundle forms can need: formats (ajv-formats), string length in code points (`minLength`/`maxLength`) and deep
 * equality (`const`, `enum`, `uniqueItems` on objects).
 */
const AJV_RUNTIME: Record<string, unknown> = {
  'ajv-formats/dist/formats': { fullFormats },
  'ajv/dist/runtime/equal': { default: defaultExport(equal) },
  'ajv/dist/runtime/ucs2length': { default: defaultExport(ucs2length) },
};

/** The `require` handed to a precompiled validator module; an unknown helper is a compiler change to add here. */
export function requireAjvRuntime(name: string): unknown {
  const helper = AJV_RUNTIME[name];
  if (!helper)
    throw new Error(`Precompiled validator needs "${name}": add it to form-runtime's ajv-runtime.ts`);
  return helper;
}
