import type { Lang } from '@festplatz/core';
import { LOCALES } from './locales.ts';

/** Formats whole cents as euros for people: `1.234,50 €` in German, `€1,234.50` in English (FEE-3). */
export function formatEuros(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
