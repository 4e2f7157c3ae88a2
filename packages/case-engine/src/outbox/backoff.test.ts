import { describe, expect, it } from 'vitest';
import { exponentialBackoff } from './backoff.ts';

describe('exponentialBackoff', () => {
  it('doubles from the base and stops at the cap', () => {
    const backoff = exponentialBackoff({ baseMs: 1000, maxMs: 10_000 });
    expect([1, 2, 3, 4, 5, 6].map(backoff)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('is deterministic and defaults to 30 s doubling up to 6 h', () => {
    const backoff = exponentialBackoff();
    expect(backoff(1)).toBe(30_000);
    expect(backoff(3)).toBe(120_000);
    expect(backoff(3)).toBe(backoff(3));
    expect(backoff(50)).toBe(6 * 60 * 60 * 1000);
  });
});
