import { describe, expect, it } from 'vitest';
import { formatEuros } from './money.ts';

describe('formatEuros', () => {
  it('formats cents as euros in German and English', () => {
    // Intl separates the German amount and sign with a no-break space.
    expect(formatEuros(123450, 'de')).toBe('1.234,50\u00a0€');
    expect(formatEuros(123450, 'en')).toBe('€1,234.50');
    expect(formatEuros(5, 'de')).toBe('0,05\u00a0€');
  });
});
