import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages.ts';
import { ajvMessage } from './ajv-message.ts';
import { testValidator } from './test-validator.ts';

// Issue 5: German and English messages for every ajv keyword an applicant can meet. Each row makes the real
// precompiled validator (compiled as the server does) report one keyword and checks the sentence in both languages.

interface Row {
  keyword: string;
  schema: RJSFSchema;
  data: unknown;
  de: string;
  en: string;
}

const ROWS: Row[] = [
  {
    keyword: 'required',
    schema: { type: 'object', required: ['x'] },
    data: {},
    de: 'Bitte füllen Sie dieses Feld aus.',
    en: 'Please fill in this field.',
  },
  {
    keyword: 'type',
    schema: { type: 'boolean' },
    data: 'ja',
    de: 'Bitte wählen Sie Ja oder Nein.',
    en: 'Please choose yes or no.',
  },
  {
    keyword: 'type',
    schema: { type: 'string' },
    data: 5,
    de: 'Bitte geben Sie einen Text ein.',
    en: 'Please enter a text.',
  },
  {
    keyword: 'type',
    schema: { type: 'integer' },
    data: 1.5,
    de: 'Bitte geben Sie eine ganze Zahl ein.',
    en: 'Please enter a whole number.',
  },
  {
    keyword: 'type',
    schema: { type: 'number' },
    data: 'x',
    de: 'Bitte geben Sie eine Zahl ein.',
    en: 'Please enter a number.',
  },
  {
    keyword: 'type',
    schema: { type: 'array' },
    data: 'x',
    de: 'Bitte geben Sie einen gültigen Wert ein.',
    en: 'Please enter a valid value.',
  },
  {
    keyword: 'minLength',
    schema: { type: 'string', minLength: 3 },
    data: 'ab',
    de: 'Bitte geben Sie mindestens 3 Zeichen ein.',
    en: 'Please enter at least 3 characters.',
  },
  {
    keyword: 'maxLength',
    schema: { type: 'string', maxLength: 2 },
    data: 'abc',
    de: 'Bitte geben Sie höchstens 2 Zeichen ein.',
    en: 'Please enter no more than 2 characters.',
  },
  {
    keyword: 'pattern',
    schema: { type: 'string', pattern: '^[0-9]{5}$' },
    data: '5949',
    de: 'Bitte prüfen Sie das Format Ihrer Eingabe.',
    en: 'Please check the format of your entry.',
  },
  {
    keyword: 'format',
    schema: { type: 'string', format: 'date' },
    data: '31.10.2026',
    de: 'Bitte geben Sie ein gültiges Datum ein.',
    en: 'Please enter a valid date.',
  },
  {
    keyword: 'format',
    schema: { type: 'string', format: 'email' },
    data: 'erika',
    de: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
    en: 'Please enter a valid email address, for example name@example.com.',
  },
  {
    keyword: 'format',
    schema: { type: 'string', format: 'ipv4' },
    data: 'x',
    de: 'Bitte prüfen Sie das Format Ihrer Eingabe.',
    en: 'Please check the format of your entry.',
  },
  {
    keyword: 'minimum',
    schema: { type: 'number', minimum: 2.5 },
    data: 1,
    de: 'Der Wert muss mindestens 2,5 betragen.',
    en: 'The value must be at least 2.5.',
  },
  {
    keyword: 'maximum',
    schema: { type: 'number', maximum: 40 },
    data: 41,
    de: 'Der Wert darf höchstens 40 betragen.',
    en: 'The value must be at most 40.',
  },
  {
    keyword: 'exclusiveMinimum',
    schema: { type: 'number', exclusiveMinimum: 0 },
    data: 0,
    de: 'Der Wert muss größer als 0 sein.',
    en: 'The value must be greater than 0.',
  },
  {
    keyword: 'exclusiveMaximum',
    schema: { type: 'number', exclusiveMaximum: 10 },
    data: 10,
    de: 'Der Wert muss kleiner als 10 sein.',
    en: 'The value must be less than 10.',
  },
  {
    keyword: 'multipleOf',
    schema: { type: 'number', multipleOf: 0.5 },
    data: 1.2,
    de: 'Der Wert muss ein Vielfaches von 0,5 sein.',
    en: 'The value must be a multiple of 0.5.',
  },
  {
    keyword: 'enum',
    schema: { enum: ['a', 'b'] },
    data: 'c',
    de: 'Bitte wählen Sie einen der angebotenen Werte.',
    en: 'Please choose one of the offered values.',
  },
  {
    keyword: 'const',
    schema: { const: 'x' },
    data: 'y',
    de: 'Dieser Wert ist hier nicht zulässig.',
    en: 'This value is not allowed here.',
  },
  {
    keyword: 'const',
    schema: { const: true },
    data: false,
    de: 'Bitte bestätigen Sie dies.',
    en: 'Please confirm this.',
  },
  {
    keyword: 'minItems',
    schema: { type: 'array', minItems: 2 },
    data: [1],
    de: 'Bitte machen Sie mindestens 2 Angaben.',
    en: 'Please provide at least 2 entries.',
  },
  {
    keyword: 'maxItems',
    schema: { type: 'array', maxItems: 1 },
    data: [1, 2],
    de: 'Bitte machen Sie höchstens 1 Angaben.',
    en: 'Please provide no more than 1 entries.',
  },
  {
    keyword: 'uniqueItems',
    schema: { type: 'array', uniqueItems: true },
    data: [1, 1],
    de: 'Jeder Eintrag darf nur einmal vorkommen.',
    en: 'Each entry may appear only once.',
  },
  {
    keyword: 'additionalItems',
    schema: { type: 'array', items: [{ type: 'number' }], additionalItems: false },
    data: [1, 2],
    de: 'Bitte machen Sie höchstens 1 Angaben.',
    en: 'Please provide no more than 1 entries.',
  },
  {
    keyword: 'contains',
    schema: { type: 'array', contains: { const: 'x' } },
    data: ['y'],
    de: 'In der Liste fehlt ein passender Eintrag.',
    en: 'The list lacks a matching entry.',
  },
  {
    keyword: 'minProperties',
    schema: { type: 'object', minProperties: 2 },
    data: { a: 1 },
    de: 'Bitte machen Sie in diesem Bereich mindestens 2 Angaben.',
    en: 'Please provide at least 2 details in this section.',
  },
  {
    keyword: 'maxProperties',
    schema: { type: 'object', maxProperties: 1 },
    data: { a: 1, b: 2 },
    de: 'Bitte machen Sie in diesem Bereich höchstens 1 Angaben.',
    en: 'Please provide no more than 1 details in this section.',
  },
  {
    keyword: 'additionalProperties',
    schema: { type: 'object', properties: { a: {} }, additionalProperties: false },
    data: { b: 1 },
    de: 'Diese Angabe ist im Formular nicht vorgesehen.',
    en: 'This entry is not part of the form.',
  },
  {
    keyword: 'false schema',
    schema: { type: 'object', properties: { a: false } },
    data: { a: 1 },
    de: 'Diese Angabe ist im Formular nicht vorgesehen.',
    en: 'This entry is not part of the form.',
  },
  {
    keyword: 'propertyNames',
    schema: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
    data: { A: 1 },
    de: 'Eine Bezeichnung in diesem Bereich ist nicht zulässig.',
    en: 'A name in this section is not allowed.',
  },
  {
    keyword: 'dependencies',
    schema: { type: 'object', dependencies: { a: ['b'] } },
    data: { a: 1 },
    de: 'Bitte füllen Sie auch das zugehörige Feld aus.',
    en: 'Please also fill in the related field.',
  },
  {
    keyword: 'if',
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
    schema: { if: { const: 1 }, then: { type: 'string' } },
    data: 1,
    de: 'Bitte vervollständigen Sie die Angaben, die zu Ihrer Auswahl gehören.',
    en: 'Please complete the details that belong to your choice.',
  },
  {
    keyword: 'oneOf',
    schema: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
    data: 1,
    de: 'Bitte wählen Sie genau eine der Möglichkeiten.',
    en: 'Please choose exactly one of the options.',
  },
  {
    keyword: 'anyOf',
    schema: { anyOf: [{ type: 'number' }, { type: 'boolean' }] },
    data: 'x',
    de: 'Bitte prüfen Sie Ihre Angaben in diesem Bereich.',
    en: 'Please check your entries in this section.',
  },
  {
    keyword: 'not',
    schema: { not: { const: 'x' } },
    data: 'x',
    de: 'Dieser Wert ist hier nicht zulässig.',
    en: 'This value is not allowed here.',
  },
];

describe('a German and an English message for every ajv keyword (real precompiled validator)', () => {
  for (const row of ROWS) {
    it(`${row.keyword}: ${JSON.stringify(row.schema)}`, async () => {
      for (const lang of ['de', 'en'] as const) {
        const validator = await testValidator(row.schema, lang);
        // RJSF wraps a non-object root; validate the raw ajv errors through the validator's own localizer.
        const { errors } = validator.rawValidation(row.schema, row.data);
        const own = (errors ?? []).filter((error) => error.keyword === row.keyword);
        expect(own, `ajv reports ${row.keyword}`).not.toHaveLength(0);
        expect(own[0]?.message).toBe(lang === 'de' ? row.de : row.en);
        expect(own[0]?.message).not.toBe(messagesFor(lang).validation.fallback);
      }
    });
  }
});

describe('keywords ajv reports only in other drafts or through plug-ins', () => {
  it('reuse the sentence of their nearest relative instead of the fallback', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'dependentRequired',
        { property: 'a', missingProperty: 'b' },
        'Bitte füllen Sie auch das zugehörige Feld aus.',
      ],
      [
        'unevaluatedProperties',
        { unevaluatedProperty: 'x' },
        'Diese Angabe ist im Formular nicht vorgesehen.',
      ],
      ['unevaluatedItems', { limit: 2 }, 'Bitte machen Sie höchstens 2 Angaben.'],
      ['items', { limit: 3 }, 'Bitte machen Sie höchstens 3 Angaben.'],
      ['minContains', { minContains: 2 }, 'In der Liste fehlt ein passender Eintrag.'],
      ['discriminator', { tag: 'kind' }, 'Bitte wählen Sie genau eine der Möglichkeiten.'],
    ];
    for (const [keyword, params, de] of cases)
      expect(ajvMessage({ keyword, params }, 'de'), keyword).toBe(de);
  });
});
