import { describe, expect, it } from 'vitest';
import { signInUrl } from './sign-in.ts';

describe('signInUrl', () => {
  it('points to /signin with the current path as next', () => {
    expect(signInUrl('', '/apply/allerheiligenkirmes-2026', 'https://festplatz.example')).toBe(
      '/signin?next=%2Fapply%2Fallerheiligenkirmes-2026',
    );
    expect(signInUrl('https://festplatz.example', '/apply/x?y=1', 'https://festplatz.example')).toBe(
      'https://festplatz.example/signin?next=%2Fapply%2Fx%3Fy%3D1',
    );
  });

  it('names the whole embedding page as next when the form is embedded on another origin', () => {
    expect(signInUrl('https://festplatz.soest.de', '/kirmes?tab=2', 'https://www.soest.de')).toBe(
      `https://festplatz.soest.de/signin?next=${encodeURIComponent('https://www.soest.de/kirmes?tab=2')}`,
    );
  });
});
