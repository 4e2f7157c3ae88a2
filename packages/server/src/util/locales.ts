import type { Lang } from '@festplatz/core';

/** The Intl locale each language formats dates and amounts in (British English: day before month). */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
