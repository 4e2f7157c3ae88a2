import { de } from './de.ts';
import { en } from './en.ts';
import type { Lang } from './lang.ts';

/** The shape every catalog must have: the German catalog's keys, each a string (so en cannot miss a key). */
export type Messages = { [G in keyof typeof de]: { [K in keyof (typeof de)[G]]: string } };

/** The catalog for a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : de;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed, not hidden. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
