import { describe, expect, it } from 'vitest';
import { prepareSchema } from './prepare-schema.ts';

describe('prepareSchema', () => {
  it('drops a 2020-12 $schema that draft-07 ajv would refuse, and keeps the rest', () => {
    expect(
      prepareSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }),
    ).toEqual({
      type: 'object',
    });
  });

  it('leaves draft-07 schemas untouched', () => {
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' as const };
    expect(prepareSchema(schema)).toBe(schema);
  });
});
