import { type Lang, LOCALES } from '../i18n/lang.ts';

/** Time zone of every Festplatz tenant so far; staff read instants in office time, not browser time. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an instant (ISO string with offset, or Date) as date and time in Europe/Berlin, or returns null
 * when there is nothing sensible to show (missing or unparsable), so callers render their own placeholder.
 */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
  }).format(date);
}

/**
 * Formats a calendar date (`YYYY-MM-DD`, JSON Schema `format: date`) without any time-zone shift, because a
 * date of birth or an event day is not an instant; returns null when the text is not such a date.
 */
export function formatCalendarDate(value: string, lang: Lang): string | null {
  const match = DATE_ONLY.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Reject rollovers such as 2026-02-31 instead of silently showing 3 March.
  if (date.toISOString().slice(0, 10) !== value) return null;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
