import type { MiddlewareHandler } from 'hono';
import { readSessionCookie, sessionCookieFor, setSessionCookie } from '../auth/session-cookie.ts';
import { activityExpiry } from '../auth/session-expiry.ts';
import { sha256Hex } from '../auth/tokens.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * Loads the signed-in user (if any) from the session cookie into `c.var.session`; a change the user makes moves
 * the session's idle end forward (see SESSION_ACTIVITY_STEP_MINUTES).
 */
export function sessionLoader(deps: ResolvedDeps): MiddlewareHandler<AppEnv> {
  const cookie = sessionCookieFor(deps.baseUrl, deps.embedOrigins);
  return async (c, next) => {
    c.set('session', null);
    const sessionId = readSessionCookie(c, cookie);
    if (sessionId) {
      const idHash = sha256Hex(sessionId);
      const session = await deps.repo.findSession(idHash, deps.now());
      const user = session ? await deps.repo.findUserById(session.userId) : null;
      if (session && user) {
        const { createdAt } = session;
        const now = deps.now();
        let { expiresAt } = session;
        const extended = isWrite(c.req.method) ? activityExpiry(createdAt, expiresAt, now) : null;
        if (extended && (await deps.repo.extendSession(idHash, now, extended))) {
          expiresAt = extended;
          setSessionCookie(c, cookie, sessionId, expiresAt);
        }
        const staffTenants = await deps.repo.membershipsOf(user.id);
        const { authMethod, trustLevel, representing } = session;
        c.set('session', {
          user,
          idHash,
          createdAt,
          expiresAt,
          staffTenants,
          authMethod,
          trustLevel,
          representing,
        });
      }
    }
    await next();
  };
}
