import type { FormPage, Lang } from '@festplatz/core';
import { localize } from '@festplatz/core';

/** One wizard page as the form element gets it: the title already in the reader's language. */
export interface FormPageDto {
  id: string;
  title: string;
  /** Top-level properties of the form schema shown on this page, in order. */
  fields: string[];
}

/** The form's wizard pages in `lang`, or an empty list for a one-page form (the bundle declares no pages). */
export function formPagesDto(pages: readonly FormPage[] | undefined, lang: Lang): FormPageDto[] {
  return (pages ?? []).map((page) => ({
    id: page.id,
    title: localize(page.title, lang),
    fields: [...page.fields],
  }));
}
