import { Hono } from 'hono';
import { readSessionCookie, sessionCookieFor, setSessionCookie } from '../auth/session-cookie.ts';
import { sessionMaxExpiry, slidingExpiry } from '../auth/session-expiry.ts';
import type { AppEnv, ResolvedDeps, SessionInfo } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';

/** When the session ends, and the latest it could end if extended again and again. */
function sessionDto(session: SessionInfo, expiresAt: Date) {
  return {
    expiresAt: expiresAt.toISOString(),
    maxExpiresAt: sessionMaxExpiry(session.createdAt).toISOString(),
  };
}

/**
 * `/api/v1/me/session`: the expiry of the current session and its extension (A11Y-5, WCAG 2.2.1 "timing
 * adjustable"). Only the session in the request's own cookie can be read or extended; the extension is a POST
 * and so passes the app's CSRF check like every other one.
 */
export function meSessionRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const cookie = sessionCookieFor(deps.baseUrl, deps.embedOrigins);
  return new Hono<AppEnv>()
    .use(requireApplicant)
    .get('/', (c) => {
      const session = sessionOf(c);
      return c.json(sessionDto(session, session.expiresAt));
    })
    .post('/extend', async (c) => {
      const session = sessionOf(c);
      const now = deps.now();
      const expiresAt = slidingExpiry(session.createdAt, now);
      // The session loader may have extended it already (this POST is activity too); then nothing is left to do.
      if (session.expiresAt.getTime() === expiresAt.getTime()) return c.json(sessionDto(session, expiresAt));
      // Ended between loading and now (or signed out in another tab): answered like any expired session.
      if (!(await deps.repo.extendSession(session.idHash, now, expiresAt))) {
        throw new FestplatzError('UNAUTHENTICATED');
      }
      // The cookie carries the expiry too, so the browser keeps it as long as the session lasts (the guard
      // passed, so the cookie is there).
      const sessionId = readSessionCookie(c, cookie) as string;
      setSessionCookie(c, cookie, sessionId, expiresAt);
      return c.json(sessionDto(session, expiresAt));
    });
}
