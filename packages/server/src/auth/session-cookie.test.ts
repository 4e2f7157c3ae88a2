import { describe, expect, it } from 'vitest';
import { sessionCookieFor } from './session-cookie.ts';

describe('sessionCookieFor', () => {
  const host = { name: '__Host-festplatz_session', secure: true, sameSite: 'Lax' };

  it('uses the __Host- prefix with Secure for an https base URL', () => {
    expect(sessionCookieFor('https://festplatz.soest.de')).toEqual(host);
  });

  it('does the same on loopback, which browsers treat as a secure context', () => {
    expect(sessionCookieFor('http://localhost:3000')).toEqual(host);
    expect(sessionCookieFor('http://127.0.0.1:41234')).toEqual(host);
    expect(sessionCookieFor('http://[::1]:3000')).toEqual(host);
  });

  it('falls back to the plain name without Secure for a plain-http public host (misconfigured)', () => {
    expect(sessionCookieFor('http://festplatz.soest.de')).toEqual({
      name: 'festplatz_session',
      secure: false,
      sameSite: 'Lax',
    });
  });

  it('is SameSite=None (still __Host- and Secure) when other sites embed the elements', () => {
    const embeds = ['https://www.soest.de'];
    expect(sessionCookieFor('https://festplatz.soest.de', embeds)).toEqual({ ...host, sameSite: 'None' });
    expect(sessionCookieFor('http://127.0.0.1:41234', embeds)).toEqual({ ...host, sameSite: 'None' });
    // Without Secure a browser drops a SameSite=None cookie, so a plain-http host keeps Lax (and warns at start).
    expect(sessionCookieFor('http://festplatz.soest.de', embeds).sameSite).toBe('Lax');
  });
});
