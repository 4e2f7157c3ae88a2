/** The languages the form runtime speaks; German is the default (contracts: Lang). */
export type Lang = 'de' | 'en';

/** Picks our language from an HTML `lang` value such as `en-GB`; anything not English falls back to German. */
export function resolveLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
}
