import type { RJSFSchema, RJSFValidationError, ValidatorType } from '@rjsf/utils';
import { createPrecompiledValidator, type ValidatorFunctions } from '@rjsf/validator-ajv8';
import type { Lang } from '../i18n/lang.ts';
import { requireAjvRuntime } from './ajv-runtime.ts';
import { createLocalizer } from './localizer.ts';

/** A module made by `compileValidatorModule` (`@festplatz/form-runtime/precompile`). */
export interface ValidatorModule {
  default: (require: (name: string) => unknown) => ValidatorFunctions;
}

/**
 * Loads the server-compiled validator functions of a form from a same-origin URL: `import()` of a script is allowed
 * by `script-src 'self'`, whereas compiling the schema here would need `unsafe-eval`.
 */
export async function loadValidatorFunctions(url: string): Promise<ValidatorFunctions> {
  const module = (await import(/* @vite-ignore */ url)) as ValidatorModule;
  return module.default(requireAjvRuntime);
}

/**
 * The browser-side validator of one form (`schema` exactly as compiled, i.e. after `prepareSchema`) in a language.
 * Validation here is a comfort for the applicant; the server validates again and is authoritative.
 */
export function precompiledValidator(
  validateFns: ValidatorFunctions,
  schema: RJSFSchema,
  lang: Lang,
): ValidatorType {
  return createPrecompiledValidator(validateFns, schema, createLocalizer(lang));
}

/** Drops ajv's `if` errors: they only repeat that a `then` branch failed, whose own error already names the field. */
export function transformErrors(errors: RJSFValidationError[]): RJSFValidationError[] {
  return errors.filter((error) => error.name !== 'if');
}
