import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { resolveLang } from './lang.ts';
import { format, messagesFor } from './messages.ts';

describe('catalogs', () => {
  it('en has exactly the keys of de, none empty', () => {
    for (const group of Object.keys(de) as (keyof typeof de)[]) {
      expect(Object.keys(en[group]).sort()).toEqual(Object.keys(de[group]).sort());
      for (const text of [...Object.values(en[group]), ...Object.values(de[group])])
        expect(text).not.toBe('');
    }
  });

  it('picks the catalog by language', () => {
    expect(messagesFor('de').ui.successTitle).toBe('Ihre Bewerbung ist eingegangen');
    expect(messagesFor('en').ui.successTitle).toBe('Your application has been received');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{item} {index} entfernen', { item: 'Person', index: 2 })).toBe('Person 2 entfernen');
    expect(format('{item} hinzufügen', {})).toBe('{item} hinzufügen');
  });
});

describe('resolveLang', () => {
  it('maps English variants to en and everything else to de', () => {
    expect(resolveLang('en-GB')).toBe('en');
    expect(resolveLang('EN')).toBe('en');
    expect(resolveLang('de-DE')).toBe('de');
    expect(resolveLang('')).toBe('de');
    expect(resolveLang(null)).toBe('de');
    expect(resolveLang('fr')).toBe('de');
  });
});
