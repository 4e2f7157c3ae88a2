import { describe, expect, it } from 'vitest';
import conditional from './fixtures/conditional-properties.json' with { type: 'json' };
import { collectProperties, localizedText, orderKeys, resolveSchema, schemaType } from './schema.ts';

describe('orderKeys', () => {
  const keys = ['a', 'b', 'c', 'd'];
  it('keeps schema order without ui:order', () => {
    expect(orderKeys(keys, undefined)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('puts unlisted keys where the * stands', () => {
    expect(orderKeys(keys, ['c', '*', 'a'])).toEqual(['c', 'b', 'd', 'a']);
  });
  it('appends unlisted keys when there is no * and ignores unknown keys', () => {
    expect(orderKeys(keys, ['d', 'zz', 'b'])).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('resolveSchema', () => {
  const root = { $defs: { name: { type: 'string', title: 'Name' }, alias: { $ref: '#/$defs/name' } } };
  it('follows chained local refs and lets sibling keywords win', () => {
    expect(resolveSchema(root, { $ref: '#/$defs/alias', title: 'Firmenname' })).toEqual({
      type: 'string',
      title: 'Firmenname',
    });
  });
  it('ends on a ref cycle and on unknown refs', () => {
    const cyclic = { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } };
    expect(resolveSchema(cyclic, { $ref: '#/$defs/a', title: 'A' })).toEqual({ title: 'A' });
    expect(resolveSchema(root, { $ref: '#/$defs/nope', title: 'x' })).toEqual({ title: 'x' });
  });
});

describe('collectProperties', () => {
  it('marks properties from conditional subschemas and lets unconditional ones win', () => {
    const schema = conditional;
    expect(collectProperties(schema, schema).map((p) => [p.key, p.conditional])).toEqual([
      ['kind', false],
      ['size', false],
      ['extra', true],
      ['branchA', true],
      ['branchB', true],
      ['dep', true],
      ['legacy', true],
    ]);
  });
  it('treats plain allOf members as unconditional', () => {
    const schema = {
      allOf: [{ properties: { a: {} } }, { $ref: '#/$defs/b' }],
      $defs: { b: { properties: { b: {} } } },
    };
    expect(collectProperties(schema, schema)).toEqual([
      { key: 'a', schema: {}, conditional: false },
      { key: 'b', schema: {}, conditional: false },
    ]);
  });
});

describe('schemaType', () => {
  it('reads explicit, nullable and structural types', () => {
    expect(schemaType({ type: 'integer' })).toBe('integer');
    expect(schemaType({ type: ['null', 'string'] })).toBe('string');
    expect(schemaType({ properties: {} })).toBe('object');
    expect(schemaType({ items: {} })).toBe('array');
    expect(schemaType({})).toBeUndefined();
  });
});

describe('localizedText', () => {
  it('accepts plain strings and {de,en} objects with German fallback', () => {
    expect(localizedText('Name', 'en')).toBe('Name');
    expect(localizedText({ de: 'Ort', en: 'Town' }, 'en')).toBe('Town');
    expect(localizedText({ de: 'Ort' }, 'en')).toBe('Ort');
    expect(localizedText(42, 'de')).toBeUndefined();
  });
});
