import { de } from './de.ts';
import { en } from './en.ts';
import type { Lang } from './lang.ts';

/** Widens the literal German strings to `string` so other catalogs can translate them; functions stay typed. */
type Catalog<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: never[]) => string
      ? T[K]
      : Catalog<T[K]>;
};

/** Shape every catalog must have: exactly the keys of the German catalog. */
export type Messages = { readonly [K in keyof typeof de]: Catalog<(typeof de)[K]> };

const CATALOGS: Record<Lang, Messages> = { de, en };

/** Returns the message catalog of a language. */
export function messagesFor(lang: Lang): Messages {
  return CATALOGS[lang];
}
