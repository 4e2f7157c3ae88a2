import type { RJSFSchema, RJSFValidationError, ValidatorType } from '@rjsf/utils';
import { transformErrors } from '../../validation/validator.ts';
import { firstPageWithErrors, type WizardPage } from './pages.ts';

/** Every error of the whole form (all pages), as the precompiled validator reports them to the applicant. */
export function formErrors(
  validator: ValidatorType,
  schema: RJSFSchema,
  data: unknown,
): RJSFValidationError[] {
  return validator.validateFormData(data, schema, undefined, transformErrors).errors;
}

/**
 * The page to continue a restored draft on: the first with something still missing or wrong, else the first page
 * (the applicant checks from the start before submitting).
 */
export function resumePageIndex(
  pages: readonly WizardPage[],
  validator: ValidatorType,
  schema: RJSFSchema,
  data: unknown,
): number {
  return Math.max(0, firstPageWithErrors(pages, formErrors(validator, schema, data)));
}
