import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate-language.ts';

describe('negotiateLanguage', () => {
  it('defaults to German without a header', () => {
    expect(negotiateLanguage(undefined)).toBe('de');
    expect(negotiateLanguage(null)).toBe('de');
    expect(negotiateLanguage('')).toBe('de');
  });

  it('picks English for an English browser', () => {
    expect(negotiateLanguage('en-GB,en;q=0.9')).toBe('en');
  });

  it('respects quality values over header order', () => {
    expect(negotiateLanguage('en;q=0.5, de-DE;q=0.8')).toBe('de');
    expect(negotiateLanguage('de;q=0.4, en')).toBe('en');
  });

  it('skips unsupported languages and q=0', () => {
    expect(negotiateLanguage('fr-FR, en;q=0.7')).toBe('en');
    expect(negotiateLanguage('en;q=0, fr')).toBe('de');
  });

  it('treats a wildcard as German', () => {
    expect(negotiateLanguage('*')).toBe('de');
  });
});
