import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { ajvMessage } from './ajv-message.ts';
import { prepareSchema } from './prepare-schema.ts';
import { testValidator } from './test-validator.ts';
import { transformErrors } from './validator.ts';

describe('ajvMessage', () => {
  it('speaks German per keyword', () => {
    expect(ajvMessage({ keyword: 'required', params: { missingProperty: 'email' } }, 'de')).toBe(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(ajvMessage({ keyword: 'format', params: { format: 'email' } }, 'de')).toContain(
      'gültige E-Mail-Adresse',
    );
    expect(ajvMessage({ keyword: 'maxLength', params: { limit: 80 } }, 'de')).toBe(
      'Bitte geben Sie höchstens 80 Zeichen ein.',
    );
    // FORM-1: lengths in metres; German readers expect a decimal comma
    expect(ajvMessage({ keyword: 'minimum', params: { limit: 2.5, comparison: '>=' } }, 'de')).toBe(
      'Der Wert muss mindestens 2,5 betragen.',
    );
    expect(ajvMessage({ keyword: 'multipleOf', params: { multipleOf: 0.01 } }, 'de')).toBe(
      'Der Wert muss ein Vielfaches von 0,01 sein.',
    );
    expect(ajvMessage({ keyword: 'type', params: { type: 'integer' } }, 'de')).toBe(
      'Bitte geben Sie eine ganze Zahl ein.',
    );
    expect(ajvMessage({ keyword: 'enum', params: {} }, 'de')).toBe(
      'Bitte wählen Sie einen der angebotenen Werte.',
    );
  });

  it('speaks English per keyword', () => {
    expect(ajvMessage({ keyword: 'required', params: {} }, 'en')).toBe('Please fill in this field.');
    expect(ajvMessage({ keyword: 'minimum', params: { limit: 2.5 } }, 'en')).toBe(
      'The value must be at least 2.5.',
    );
    expect(ajvMessage({ keyword: 'format', params: { format: 'date' } }, 'en')).toBe(
      'Please enter a valid date.',
    );
  });

  it('asks to confirm a const:true consent instead of calling it not allowed (DS-1)', () => {
    expect(ajvMessage({ keyword: 'const', params: { allowedValue: true } }, 'de')).toBe(
      'Bitte bestätigen Sie dies.',
    );
    expect(ajvMessage({ keyword: 'const', params: { allowedValue: 'x' } }, 'de')).toBe(
      'Dieser Wert ist hier nicht zulässig.',
    );
  });

  it('treats minLength 1 like a missing value and has a fallback for unknown keywords', () => {
    expect(ajvMessage({ keyword: 'minLength', params: { limit: 1 } }, 'de')).toBe(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(ajvMessage({ keyword: 'somethingNew', params: {} }, 'en')).toBe('Please check this entry.');
  });
});

describe('precompiled validator (RJSF ajv8 with our localizer)', () => {
  const schema: RJSFSchema = {
    type: 'object',
    required: ['email', 'consent'],
    properties: {
      email: { type: 'string', format: 'email' },
      frontage: { type: 'number', minimum: 2 },
      consent: { type: 'boolean', const: true },
    },
  };

  it('produces localized messages at the right fields', async () => {
    const { errorSchema } = (await testValidator(schema, 'de')).validateFormData(
      { email: 'nope', frontage: 1 },
      schema,
    );
    expect(errorSchema).toMatchObject({
      email: { __errors: [expect.stringContaining('gültige E-Mail-Adresse')] },
      frontage: { __errors: ['Der Wert muss mindestens 2 betragen.'] },
      consent: { __errors: ['Bitte füllen Sie dieses Feld aus.'] },
    });
    const en = (await testValidator(schema, 'en')).validateFormData(
      { email: 'a@b.de', consent: false },
      schema,
    );
    expect(en.errorSchema).toEqual({ consent: { __errors: ['Please confirm this.'] } });
  });

  it('drops if-errors, which only repeat the then-branch error', async () => {
    const conditional = prepareSchema({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { electricity: { type: 'boolean' }, kw: { type: 'number' } },
      if: { properties: { electricity: { const: true } }, required: ['electricity'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
      then: { required: ['kw'] },
    });
    const validator = await testValidator(conditional, 'de');
    const { errors } = validator.validateFormData({ electricity: true }, conditional);
    expect(errors.map((e) => e.name)).toContain('if');
    expect(transformErrors(errors).map((e) => [e.name, e.property])).toEqual([['required', 'kw']]);
  });
});
