import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './date.ts';

describe('formatDateTime (Europe/Berlin)', () => {
  it('formats in German and British English', () => {
    expect(formatDateTime('2025-11-15T09:05:00Z', 'de')).toBe('15.11.2025, 10:05');
    expect(formatDateTime('2025-11-15T09:05:00Z', 'en')).toBe('15 Nov 2025, 10:05');
  });

  it('uses summer time in Berlin whatever the machine zone (DATE-1: office time)', () => {
    expect(formatDateTime(new Date('2026-07-01T22:30:00Z'), 'de')).toBe('02.07.2026, 00:30');
  });

  it('shows the last second of the application period on its own day', () => {
    expect(formatDateTime('2026-02-28T23:59:59+01:00', 'de')).toBe('28.02.2026, 23:59');
  });

  it('returns null for missing or unparsable values', () => {
    expect(formatDateTime(null, 'de')).toBeNull();
    expect(formatDateTime(undefined, 'en')).toBeNull();
    expect(formatDateTime('not a date', 'de')).toBeNull();
  });
});

describe('formatCalendarDate', () => {
  it('formats a date without shifting it by a time zone', () => {
    expect(formatCalendarDate('2026-11-04', 'de')).toBe('04.11.2026');
    expect(formatCalendarDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });

  it('rejects non-dates and rollovers', () => {
    expect(formatCalendarDate('2026-02-30', 'de')).toBeNull();
    expect(formatCalendarDate('04.11.2026', 'de')).toBeNull();
  });
});
