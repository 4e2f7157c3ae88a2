import { describe, expect, it } from 'vitest';
import { isPlausibleEmail } from './email.ts';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps relative paths and refuses everything that could leave the site', () => {
    expect(safeNext('/apply/allerheiligenkirmes-2026?x=1')).toBe('/apply/allerheiligenkirmes-2026?x=1');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
      '/a\nb',
    ]) {
      expect(safeNext(bad)).toBeNull();
    }
  });
});

describe('isPlausibleEmail', () => {
  it('accepts ordinary addresses and rejects obvious mistakes', () => {
    expect(isPlausibleEmail('kirmesbuero@soest.example')).toBe(true);
    for (const bad of ['', 'a', 'a@b', 'a b@c.de', '@c.de', 'a@@c.de'])
      expect(isPlausibleEmail(bad)).toBe(false);
  });
});
