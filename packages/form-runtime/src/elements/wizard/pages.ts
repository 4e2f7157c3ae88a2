import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import { toPath } from '@rjsf/utils';
import type { FormPage } from '../../api/types.ts';

/**
 * One wizard page as the server sends it (`GET /api/v1/editions/:id/form` → `pages`), title already localized;
 * `fields` empty means every field (a form without pages).
 */
export type WizardPage = FormPage;

/**
 * The pages the form is shown in. A form without pages is one page with every field (`fields` empty means "all"),
 * so the element needs no second code path.
 */
export function wizardPages(pages: readonly WizardPage[] | undefined): WizardPage[] {
  return pages && pages.length > 0 ? [...pages] : [{ id: 'form', title: '', fields: [] }];
}

/** Whether a top-level property belongs on this page (a page without fields holds them all). */
export function isOnPage(page: WizardPage, field: string | undefined): boolean {
  if (page.fields.length === 0) return true;
  return field !== undefined && page.fields.includes(field);
}

/**
 * The top-level property an RJSF error is about: '.applicant.email' → 'applicant'. Undefined
 * for an error about the form as a whole ('' or '.').
 */
export function topLevelField(property: string | undefined): string | undefined {
  return toPath(property ?? '').find((segment) => segment !== '');
}

/**
 * The errors that belong to the fields of page `index`. Errors about the form as a whole belong to the last page,
 * where it is submitted, so they never block stepping through the earlier ones.
 */
export function errorsOnPage(
  errors: RJSFValidationError[],
  pages: readonly WizardPage[],
  index: number,
): RJSFValidationError[] {
  const page = pages[index];
  if (!page) return [];
  return errors.filter((error) => {
    const field = topLevelField(error.property);
    return field === undefined ? index === pages.length - 1 : isOnPage(page, field);
  });
}

/** The index of the first page that holds one of `fields`, or -1. */
export function firstPageWith(pages: readonly WizardPage[], fields: readonly (string | undefined)[]): number {
  return pages.findIndex((page) => fields.some((field) => field !== undefined && isOnPage(page, field)));
}

/** The index of the first page with one of the errors, or -1 when there are none. */
export function firstPageWithErrors(pages: readonly WizardPage[], errors: RJSFValidationError[]): number {
  if (errors.length === 0) return -1;
  if (errors.some((error) => topLevelField(error.property) === undefined)) return pages.length - 1;
  return firstPageWith(
    pages,
    errors.map((error) => topLevelField(error.property)),
  );
}

/** The part of a (server) error schema that belongs to `page`: its fields and the form-level `__errors`. */
export function errorSchemaOnPage(
  errorSchema: ErrorSchema | undefined,
  page: WizardPage,
): ErrorSchema | undefined {
  if (!errorSchema || page.fields.length === 0) return errorSchema;
  const entries = Object.entries(errorSchema).filter(
    ([key]) => key === '__errors' || page.fields.includes(key),
  );
  return entries.length > 0 ? (Object.fromEntries(entries) as ErrorSchema) : undefined;
}
