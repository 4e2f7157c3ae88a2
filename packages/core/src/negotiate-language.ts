import type { Lang } from './localize.ts';

const SUPPORTED: readonly Lang[] = ['de', 'en'];

/**
 * Chooses the user-interface language from an `Accept-Language` header (RFC 9110 quality values);
 * German when nothing supported is asked for, because German is the language of the procedure.
 */
export function negotiateLanguage(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'de';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { primary: range.trim().toLowerCase().split('-')[0] ?? '', quality, index };
    })
    .filter((entry) => Number.isFinite(entry.quality) && entry.quality > 0)
    // Stable on ties: the header order decides between equal quality values.
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === '*') return 'de';
    const match = SUPPORTED.find((lang) => lang === primary);
    if (match) return match;
  }
  return 'de';
}
