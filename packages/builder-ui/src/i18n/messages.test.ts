import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { resolveLang } from './lang.ts';
import { messagesFor } from './messages.ts';

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}:${typeof value}`];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogs', () => {
  it('have the same keys with the same kinds of value in de and en', () => {
    expect(leaves(en).sort()).toEqual(leaves(de).sort());
  });

  it('have no empty messages', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v).flatMap(strings) : [];
    expect(strings(de).length).toBeGreaterThan(10);
    expect([...strings(de), ...strings(en)].filter((s) => s.trim() === '')).toEqual([]);
  });

  it('pluralise the loaded count', () => {
    expect(messagesFor('de').list.loaded(1)).toBe('1 Bewerbung geladen.');
    expect(messagesFor('en').list.loaded(3)).toBe('3 applications loaded.');
  });
});

describe('resolveLang', () => {
  it('prefers the element attribute, then the document, then German', () => {
    expect(resolveLang('en', 'de')).toBe('en');
    expect(resolveLang(null, 'en-GB')).toBe('en');
    expect(resolveLang('', 'EN_us')).toBe('en');
    expect(resolveLang('fr', 'tr')).toBe('de');
    expect(resolveLang(undefined)).toBe('de');
  });
});
