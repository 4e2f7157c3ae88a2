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

  it('accepts an absolute URL only on an allow-listed embedding origin (EMBED_ORIGINS)', () => {
    const embeds = ['https://www.soest.de'];
    expect(safeNext('https://www.soest.de/kirmes?x=1#form', embeds)).toBe(
      'https://www.soest.de/kirmes?x=1#form',
    );
    expect(safeNext('https://www.soest.de/kirmes')).toBeNull();
    for (const bad of [
      'https://www.soest.de.evil.example/kirmes',
      'http://www.soest.de/kirmes',
      'https://user:pw@www.soest.de/kirmes',
      'https://evil.example/?https://www.soest.de',
      'javascript://www.soest.de/%0aalert(1)',
      '//www.soest.de/kirmes',
    ]) {
      expect(safeNext(bad, embeds), bad).toBeNull();
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
