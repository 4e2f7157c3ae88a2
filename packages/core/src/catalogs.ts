import type { Catalog } from './i18n/catalog.ts';
import { de } from './i18n/de.ts';
import { en } from './i18n/en.ts';
import type { Lang } from './localize.ts';

const CATALOGS: Record<Lang, Catalog> = { de, en };

/** The message catalog for a language. */
export function catalogFor(lang: Lang): Catalog {
  return CATALOGS[lang];
}
