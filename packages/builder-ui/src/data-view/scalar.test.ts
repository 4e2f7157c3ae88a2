import { describe, expect, it } from 'vitest';
import { scalarText } from './scalar.ts';
import type { SchemaObject } from './types.ts';

const text = (schema: SchemaObject, value: unknown, lang: 'de' | 'en' = 'de', ui: SchemaObject = {}) =>
  scalarText(schema, schema, ui, value, lang);

describe('scalarText', () => {
  it('returns null for missing answers', () => {
    expect(text({ type: 'string' }, undefined)).toBeNull();
    expect(text({ type: 'string' }, null)).toBeNull();
    expect(text({ type: 'string' }, '')).toBeNull();
  });

  it('prefers oneOf/anyOf option titles, also for booleans', () => {
    const yesNo = {
      type: 'boolean',
      oneOf: [
        { const: true, title: 'Zugestimmt' },
        { const: false, title: 'Abgelehnt' },
      ],
    };
    expect(text(yesNo, false)).toBe('Abgelehnt');
    expect(text({ anyOf: [{ enum: ['x'], title: { de: 'Iks', en: 'Ex' } }] }, 'x', 'en')).toBe('Ex');
  });

  it('uses enumNames or ui:enumNames and falls back to the raw value', () => {
    expect(text({ enum: ['a', 'b'], enumNames: ['Alpha', 'Beta'] }, 'b')).toBe('Beta');
    expect(text({ enum: ['a', 'b'] }, 'a', 'de', { 'ui:enumNames': ['Eins', 'Zwei'] })).toBe('Eins');
    expect(text({ enum: ['a', 'b'] }, 'a')).toBe('a');
  });

  it('formats date-time in Europe/Berlin', () => {
    expect(text({ type: 'string', format: 'date-time' }, '2026-02-28T22:59:59Z')).toBe('28.02.2026, 23:59');
  });

  it('shows the file name of a data URL instead of its content', () => {
    const file = 'data:application/pdf;name=T%C3%9CV-Bericht.pdf;base64,JVBERi0=';
    expect(text({ type: 'string', format: 'data-url' }, file)).toBe('TÜV-Bericht.pdf');
    expect(text({ type: 'string', format: 'data-url' }, 'data:image/png;base64,AA==', 'en')).toBe(
      'File attached',
    );
  });

  it('keeps an invalid calendar date as typed', () => {
    expect(text({ type: 'string', format: 'date' }, '2026-02-31')).toBe('2026-02-31');
  });
});
