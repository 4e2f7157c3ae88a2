/**
 * Server-side API of @festplatz/form-runtime (`@festplatz/form-runtime/precompile`): Node only, and kept apart from
 * the index so ajv's compiler never reaches the browser bundle.
 */
export { compileValidatorModule } from './validation/compile-validator.ts';
