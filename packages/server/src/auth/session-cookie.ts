import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './config.ts';

/** How the session cookie is named and flagged for one public base URL; decided once at start. */
export interface SessionCookie {
  name: string;
  secure: boolean;
  /** `None` only when other origins embed the elements (EMBED_ORIGINS); see {@link sessionCookieFor}. */
  sameSite: 'Lax' | 'None';
}

/**
 * Loopback hosts are secure contexts: browsers accept `Secure` cookies from http://localhost (checked for
 * Chromium on localhost and 127.0.0.1 alike), so local development and `festplatz demo` get the same cookie as
 * production.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `__Host-festplatz_session` with `Secure; Path=/` and no Domain (SEC-1 session management): the prefix makes
 * the browser refuse the cookie unless it is exactly that, so neither a sibling subdomain nor a plain-http
 * response can plant or overwrite it. Only a plain-http public base URL (a misconfiguration; the server warns
 * at start) falls back to the unprefixed name without `Secure`, because the browser would drop it otherwise.
 */
export function sessionCookieFor(baseUrl: string, embedOrigins: readonly string[] = []): SessionCookie {
  const url = new URL(baseUrl);
  const secure = url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
  // An element on another site (EMBED_ORIGINS) only gets the cookie with SameSite=None, which browsers accept
  // only together with Secure; `__Host-` allows both. CSRF is then guarded by Origin checks (security.ts).
  const sameSite = secure && embedOrigins.length > 0 ? 'None' : 'Lax';
  return secure
    ? { name: `__Host-${SESSION_COOKIE}`, secure, sameSite }
    : { name: SESSION_COOKIE, secure, sameSite };
}

/** The session id the browser sent, if any. */
export function readSessionCookie(c: Context, cookie: SessionCookie): string | undefined {
  return getCookie(c, cookie.name);
}

/** Sets the session cookie: HttpOnly (no script access), SameSite=Lax (None for embedding sites), Path=/. */
export function setSessionCookie(
  c: Context,
  cookie: SessionCookie,
  sessionId: string,
  expiresAt: Date,
): void {
  setCookie(c, cookie.name, sessionId, {
    httpOnly: true,
    sameSite: cookie.sameSite,
    path: '/',
    secure: cookie.secure,
    expires: expiresAt,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, cookie: SessionCookie): void {
  deleteCookie(c, cookie.name, {
    path: '/',
    secure: cookie.secure,
    httpOnly: true,
    sameSite: cookie.sameSite,
  });
}
