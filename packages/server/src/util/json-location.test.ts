import { describe, expect, it } from 'vitest';
import { parseJsonLocated } from './json-location.ts';

describe('parseJsonLocated', () => {
  it('reports line and column of a syntax error', () => {
    const result = parseJsonLocated('{\n  "a": 1,\n  "b" 2\n}');
    expect(result).toEqual({ ok: false, error: { line: 3, column: 7, unexpectedEnd: false, token: '2' } });
  });

  it('reports an early end of input', () => {
    const result = parseJsonLocated('{\n  "a":');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ unexpectedEnd: true, line: 2 });
  });
});
