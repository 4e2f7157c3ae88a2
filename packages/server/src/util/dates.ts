import type { Lang } from '@festplatz/core';
import { LOCALES } from './locales.ts';

/** Formats an instant as an ISO 8601 string with the UTC offset of `timeZone` (e.g. `...T23:59:59+01:00`). */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // longOffset is "GMT+01:00", or just "GMT" for a zero offset.
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

/** Formats an instant for people, as date and time in `timeZone`. */
export function formatInstant(instant: Date, lang: Lang, timeZone = 'Europe/Berlin'): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    dateStyle: lang === 'de' ? 'medium' : 'long',
    timeStyle: 'short',
  }).format(instant);
  return lang === 'de' ? `${text} Uhr` : text;
}

/** Formats an instant as a date only, in `timeZone`. */
export function formatDay(instant: Date, lang: Lang, timeZone = 'Europe/Berlin'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone,
    dateStyle: lang === 'de' ? 'medium' : 'long',
  }).format(instant);
}

/**
 * Splits a local wall time (`2026-02-28T23:59:59`) into a localized date and an `HH:MM` time, without any
 * time-zone arithmetic: the value already is the time people in the edition's zone read on their clocks.
 */
export function formatWallTime(local: string, lang: Lang): { date: string; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(local);
  if (!m) return { date: local, time: '' };
  const [, y, mo, d, h = '00', mi = '00'] = m;
  const date =
    lang === 'de'
      ? `${d}.${mo}.${y}`
      : new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))),
        );
  return { date, time: `${h}:${mi}` };
}

/** The calendar date (`YYYY-MM-DD`) that `instant` has in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Adds whole days to a calendar date (`YYYY-MM-DD`), independent of any time zone. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
