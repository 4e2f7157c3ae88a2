import type { Lang } from '@festplatz/core';
import { de, type Messages } from './de.ts';
import { en } from './en.ts';

export type { Messages } from './de.ts';

const CATALOGS: Record<Lang, Messages> = { de, en };

/** The message catalog of a language (German is the default and the fallback). */
export function messages(lang: Lang): Messages {
  return CATALOGS[lang] ?? de;
}
