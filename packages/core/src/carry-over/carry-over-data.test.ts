import { describe, expect, it } from 'vitest';
import { rideSample, soestBundle } from '../test-fixtures.ts';
import { carryOverData } from './carry-over-data.ts';

const bundle = soestBundle();
const sample = rideSample();

describe('carryOverData (apply again)', () => {
  it("carries last year's Soest answers over, including the conditional ride section and lists", () => {
    const { privacy: _privacy, ...answers } = sample;
    expect(carryOverData(bundle.form.schema, sample)).toEqual(answers);
  });

  it('never carries the Art. 13 acknowledgement or a consent over (DS-1, DS-2): they are given anew', () => {
    const carried = carryOverData(bundle.form.schema, sample);
    expect(carried).not.toHaveProperty('privacy');
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        declarations: {
          type: 'object',
          properties: {
            truthful: { type: 'boolean', const: true },
            newsletter: { type: 'boolean' },
          },
        },
      },
    };
    const data = { name: 'Wilde Maus', declarations: { truthful: true, newsletter: true } };
    expect(carryOverData(schema, data)).toEqual({ name: 'Wilde Maus' });
  });

  it('drops what the new form no longer asks for or no longer offers', () => {
    const schema = {
      type: 'object',
      properties: {
        category: { type: 'string', oneOf: [{ const: 'imbiss' }, { const: 'ausschank' }] },
        size: { type: 'string', enum: ['S', 'M'] },
        length: { type: 'number' },
        count: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string', enum: ['bio', 'vegan'] } },
      },
      allOf: [
        {
          if: {},
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
          then: { properties: { ride: { type: 'object', properties: { tuv: { type: 'string' } } } } },
        },
      ],
    };
    const data = {
      category: 'fahrgeschaeft',
      size: 'M',
      length: 12.5,
      count: 2.5,
      tags: ['bio', 'regional'],
      ride: { tuv: 'AG-1', removedField: 'x' },
      faxNumber: '02921 1',
    };
    expect(carryOverData(schema, data)).toEqual({
      size: 'M',
      length: 12.5,
      tags: ['bio'],
      ride: { tuv: 'AG-1' },
    });
  });

  it('answers an empty object for data that is not an object', () => {
    expect(carryOverData(bundle.form.schema, null)).toEqual({});
    expect(carryOverData(bundle.form.schema, 'x')).toEqual({});
  });
});
