import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same content in any key order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it('follows JSON.stringify for undefined, non-finite numbers, dates and strings', () => {
    expect(canonicalJson({ a: undefined, b: [undefined], c: Number.NaN })).toBe('{"b":[null],"c":null}');
    expect(canonicalJson(new Date('2026-02-28T22:59:59.000Z'))).toBe('"2026-02-28T22:59:59.000Z"');
    expect(canonicalJson('Straße "1"')).toBe('"Straße \\"1\\""');
  });

  it('refuses values without JSON text', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(/BigInt/);
  });
});
