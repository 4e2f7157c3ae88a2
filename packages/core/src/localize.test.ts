import { describe, expect, it } from 'vitest';
import { localize } from './localize.ts';

describe('localize', () => {
  it('returns the text in the requested language', () => {
    expect(localize({ de: 'Kirmes', en: 'Fair' }, 'en')).toBe('Fair');
    expect(localize({ de: 'Kirmes', en: 'Fair' }, 'de')).toBe('Kirmes');
  });

  it('falls back to German when the English text is missing', () => {
    expect(localize({ de: 'Kirmes' }, 'en')).toBe('Kirmes');
  });
});
