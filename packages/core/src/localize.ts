/** A supported user-interface language; German is the default everywhere. */
export type Lang = 'de' | 'en';

/** A user-facing text in German (required) and optionally English. */
export type Localized = { de: string; en?: string };

/** Picks the text for `lang`, falling back to German when no translation exists. */
export function localize(text: Localized, lang: Lang): string {
  return (lang === 'en' ? text.en : undefined) ?? text.de;
}
