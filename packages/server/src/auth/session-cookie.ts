import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './config.ts';

/** Secure cookies only over https, so plain-http localhost development still works. */
function isHttps(c: Context, baseUrl: string): boolean {
  return new URL(c.req.url).protocol === 'https:' || baseUrl.startsWith('https:');
}

/** Sets the session cookie: HttpOnly (no script access), SameSite=Lax (no cross-site POSTs), Path=/. */
export function setSessionCookie(c: Context, baseUrl: string, sessionId: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, baseUrl),
    expires: expiresAt,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, baseUrl: string): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: isHttps(c, baseUrl),
    httpOnly: true,
    sameSite: 'Lax',
  });
}
