import { describe, expect, it } from 'vitest';
import { isTrustLevel, meetsTrustLevel } from './trust-level.ts';

describe('trust levels (AUTH-2)', () => {
  it('orders basis < substanziell < hoch', () => {
    expect(meetsTrustLevel('hoch', 'substanziell')).toBe(true);
    expect(meetsTrustLevel('substanziell', 'substanziell')).toBe(true);
    expect(meetsTrustLevel('basis', 'substanziell')).toBe(false);
    expect(meetsTrustLevel('substanziell', 'hoch')).toBe(false);
  });

  it('recognises only the three level names', () => {
    expect(isTrustLevel('hoch')).toBe(true);
    expect(isTrustLevel('STORK-QAA-Level-3')).toBe(false);
    expect(isTrustLevel(undefined)).toBe(false);
  });
});
