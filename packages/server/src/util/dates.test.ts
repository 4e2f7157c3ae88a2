import { describe, expect, it } from 'vitest';
import { demoPeriod } from '../demo/demo-period.ts';
import { addDays, formatWallTime, isoWithOffset, localDate } from './dates.ts';

describe('dates', () => {
  it('formats instants with the Berlin offset in winter and summer', () => {
    expect(isoWithOffset(new Date('2026-02-28T22:59:59Z'), 'Europe/Berlin')).toBe(
      '2026-02-28T23:59:59+01:00',
    );
    expect(isoWithOffset(new Date('2026-07-01T10:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-07-01T12:00:00+02:00',
    );
    expect(isoWithOffset(new Date('2026-07-01T10:00:00Z'), 'UTC')).toBe('2026-07-01T10:00:00+00:00');
  });

  it('formats wall times per language', () => {
    expect(formatWallTime('2026-02-28T23:59:59', 'de')).toEqual({ date: '28.02.2026', time: '23:59' });
    expect(formatWallTime('2026-02-28T23:59:59', 'en')).toEqual({ date: '28 February 2026', time: '23:59' });
  });

  it('computes local dates across midnight and month ends', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(localDate(new Date('2025-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2026-01-01');
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('shifts the demo period to open yesterday and close in 30 days (local time)', () => {
    expect(demoPeriod(new Date('2025-12-31T23:30:00Z'), 'Europe/Berlin')).toEqual({
      opens: '2025-12-31T00:00:00',
      closes: '2026-01-31T23:59:59',
    });
  });
});
