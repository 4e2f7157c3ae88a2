import type { RJSFValidationError, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { Lang } from '../i18n/lang.ts';
import { createLocalizer } from './localizer.ts';

const cache = new Map<Lang, ValidatorType>();

/**
 * The browser-side validator for a language (cached: ajv compiles each schema once per validator). Validation here
 * is a comfort for the applicant; the server validates again and is authoritative.
 */
export function validatorFor(lang: Lang): ValidatorType {
  let validator = cache.get(lang);
  if (!validator) {
    // Same tolerance as the server (core's createAjv): without it 12.34 is "not a multiple of 0.01" (FORM-1).
    validator = customizeValidator(
      { ajvOptionsOverrides: { multipleOfPrecision: 9 } },
      createLocalizer(lang),
    );
    cache.set(lang, validator);
  }
  return validator;
}

/** Drops ajv's `if` errors: they only repeat that a `then` branch failed, whose own error already names the field. */
export function transformErrors(errors: RJSFValidationError[]): RJSFValidationError[] {
  return errors.filter((error) => error.name !== 'if');
}
