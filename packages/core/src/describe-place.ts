import type { Catalog } from './i18n/catalog.ts';
import { parsePointer } from './json-pointer.ts';
import type { Lang } from './localize.ts';

const ROOT: Record<Lang, string> = { de: 'Gesamte Angabe', en: 'Whole document' };
const QUOTES: Record<Lang, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

/**
 * Names the place an issue pointer designates in words, e.g. `/fees/6/kind` -> "Gebühren › Nr. 7 › Art":
 * list positions count from 1, known parts get their name, other names (field names, ids) are quoted.
 */
export function describePlace(path: string, lang: Lang, catalog: Catalog): string {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return ROOT[lang];
  const [open, close] = QUOTES[lang];
  return tokens
    .map((token) => {
      if (/^(0|[1-9]\d*)$/.test(token)) return catalog.placeItem.replace('{n}', String(Number(token) + 1));
      return Object.hasOwn(catalog.places, token) ? catalog.places[token] : `${open}${token}${close}`;
    })
    .join(' › ');
}
