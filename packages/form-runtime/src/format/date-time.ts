import type { Lang } from '../i18n/lang.ts';

/**
 * Formats a server instant for the applicant in Europe/Berlin, where the application deadline is counted (DATE-1):
 * '2026-01-15T10:30:00Z' -> '15. Januar 2026, 11:30 Uhr' (de) / '15 January 2026, 11:30' (en).
 */
export function formatBerlinDateTime(iso: string, lang: Lang): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Berlin', dateStyle: 'long' }).format(
    instant,
  );
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return lang === 'en' ? `${date}, ${time}` : `${date}, ${time} Uhr`;
}
