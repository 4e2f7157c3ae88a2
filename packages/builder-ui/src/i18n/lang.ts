/** Languages the back office speaks; German is the default (administrative language). */
export type Lang = 'de' | 'en';

/** BCP 47 locale used with `Intl` for each language (en-GB: day-month order like German staff expect). */
export const LOCALES = { de: 'de-DE', en: 'en-GB' } as const satisfies Record<Lang, string>;

/**
 * Picks the language from the element's `lang` attribute, else the document's, else German.
 * Region subtags are ignored (`en-US` -> en) because the catalogs are per language only.
 */
export function resolveLang(elementLang: string | null | undefined, documentLang?: string | null): Lang {
  for (const candidate of [elementLang, documentLang]) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'de';
}
