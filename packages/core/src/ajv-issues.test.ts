import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv.ts';
import { issuesFromAjv } from './ajv-issues.ts';

function issuesFor(schema: object, data: unknown): string[] {
  const validate = createAjv().compile(schema);
  validate(data);
  return issuesFromAjv(validate.errors).map((issue) => `${issue.code}@${issue.path}`);
}

describe('issuesFromAjv', () => {
  it('folds the branch errors of a failed oneOf into one issue', () => {
    const schema = {
      type: 'object',
      properties: { c: { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }] } },
    };
    expect(issuesFor(schema, { c: 'x' })).toEqual(['oneOf@/c']);
  });

  it('keeps errors of sibling keywords and neighbouring fields next to a failed anyOf', () => {
    const schema = {
      type: 'object',
      required: ['name'],
      properties: { age: { type: 'integer' } },
      anyOf: [{ required: ['email'] }, { required: ['phone'] }],
    };
    // The order follows ajv's keyword groups; what matters is that nothing beside the branches is lost.
    expect(issuesFor(schema, { age: 'x' }).sort()).toEqual(['anyOf@', 'required@/name', 'type@/age']);
  });

  it('reports a missing field and an unexpected one at the field itself, escaping the pointer', () => {
    const schema = {
      type: 'object',
      required: ['a/b'],
      properties: { 'a/b': {} },
      additionalProperties: false,
    };
    expect(issuesFor(schema, { 'x~y': 1 })).toEqual(['required@/a~1b', 'additionalProperties@/x~0y']);
  });

  it('drops the `if` error and keeps what `then` demands', () => {
    const schema = {
      type: 'object',
      properties: { company: { type: 'boolean' } },
      // Parsed from text: a literal `then` key would read as a thenable to linters and to `await`.
      allOf: [
        JSON.parse('{"if": {"properties": {"company": {"const": true}}}, "then": {"required": ["name"]}}'),
      ],
    };
    expect(issuesFor(schema, { company: true })).toEqual(['required@/name']);
  });
});
