import { describe, expect, it } from 'vitest';
import { signInUrl } from './sign-in.ts';

describe('signInUrl', () => {
  it('points to /signin with the current path as next', () => {
    expect(signInUrl('', '/apply/allerheiligenkirmes-2026')).toBe(
      '/signin?next=%2Fapply%2Fallerheiligenkirmes-2026',
    );
    expect(signInUrl('https://festplatz.example', '/apply/x?y=1')).toBe(
      'https://festplatz.example/signin?next=%2Fapply%2Fx%3Fy%3D1',
    );
  });
});
