import { describe, expect, it } from 'vitest';
import { describeDataIssue } from './describe-data-issue.ts';
import { DATA_MESSAGE_KEYS } from './i18n/catalog.ts';
import { de } from './i18n/de.ts';
import { en } from './i18n/en.ts';
import type { Issue } from './issue.ts';

const issue = (code: string, params: Record<string, unknown> = {}): Issue => ({ path: '/x', code, params });

describe('describeDataIssue', () => {
  it.each([
    [
      issue('minimum', { comparison: '>=', limit: 0.5 }),
      'Der Wert muss mindestens 0,5 sein.',
      'The value must be at least 0.5.',
    ],
    [
      issue('maximum', { comparison: '<=', limit: 2026 }),
      'Der Wert darf höchstens 2026 sein.',
      'The value must be at most 2026.',
    ],
    [
      issue('type', { type: 'integer' }),
      'Bitte geben Sie eine ganze Zahl ein.',
      'Please enter a whole number.',
    ],
    [issue('type', { type: 'boolean' }), 'Bitte wählen Sie Ja oder Nein.', 'Please choose yes or no.'],
    [issue('minLength', { limit: 1 }), 'Bitte füllen Sie dieses Feld aus.', 'Please fill in this field.'],
    [
      issue('minLength', { limit: 20 }),
      'Bitte geben Sie mindestens 20 Zeichen ein.',
      'Please enter at least 20 characters.',
    ],
    [
      issue('maxLength', { limit: 100 }),
      'Bitte geben Sie höchstens 100 Zeichen ein.',
      'Please enter at most 100 characters.',
    ],
    [
      issue('multipleOf', { multipleOf: 0.1 }),
      'Bitte geben Sie höchstens eine Nachkommastelle an.',
      'Please enter at most one decimal place.',
    ],
    [
      issue('multipleOf', { multipleOf: 5 }),
      'Der Wert muss ein Vielfaches von 5 sein.',
      'The value must be a multiple of 5.',
    ],
    [
      issue('format', { format: 'email' }),
      'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
      'Please enter a valid e-mail address, for example name@example.com.',
    ],
    [
      issue('format', { format: 'ipv4' }),
      'Die Eingabe hat nicht das erwartete Format.',
      'The entry does not have the expected format.',
    ],
    [
      issue('const', { allowedValue: 'ja' }),
      'Hier ist nur der Wert ja zulässig.',
      'Only the value ja is allowed here.',
    ],
    [
      issue('uniqueItems', { i: 3, j: 1 }),
      'Die Einträge Nr. 2 und Nr. 4 sind gleich. Bitte geben Sie jeden Eintrag nur einmal an.',
      'Entries no. 2 and no. 4 are the same. Please enter each entry only once.',
    ],
    [issue('somethingNew'), 'Die Eingabe ist nicht gültig.', 'The entry is not valid.'],
  ])('explains %o', (input, german, english) => {
    expect(describeDataIssue(input, 'de')).toBe(german);
    expect(describeDataIssue(input, 'en')).toBe(english);
  });

  it('has a German and an English message for every key, with the same placeholders', () => {
    for (const key of DATA_MESSAGE_KEYS) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(de.data[key], key).toBeTruthy();
      expect(placeholders(en.data[key]), key).toEqual(placeholders(de.data[key]));
    }
  });
});
