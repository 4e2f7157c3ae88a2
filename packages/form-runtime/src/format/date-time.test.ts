import { describe, expect, it } from 'vitest';
import { formatBerlinDateTime } from './date-time.ts';

describe('formatBerlinDateTime', () => {
  it('shows the instant in Europe/Berlin (winter: UTC+1, summer: UTC+2)', () => {
    expect(formatBerlinDateTime('2026-01-15T10:30:00Z', 'de')).toBe('15. Januar 2026, 11:30 Uhr');
    expect(formatBerlinDateTime('2026-07-01T22:15:00Z', 'de')).toBe('2. Juli 2026, 00:15 Uhr');
    expect(formatBerlinDateTime('2026-01-15T10:30:00Z', 'en')).toBe('15 January 2026, 11:30');
  });

  it('shows an unparsable value as it came', () => {
    expect(formatBerlinDateTime('gestern', 'de')).toBe('gestern');
  });
});
