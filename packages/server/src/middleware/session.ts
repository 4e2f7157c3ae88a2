import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/config.ts';
import { sha256Hex } from '../auth/tokens.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';

/** Loads the signed-in user (if any) from the session cookie into `c.var.session`. */
export function sessionLoader(deps: ResolvedDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('session', null);
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (sessionId) {
      const idHash = sha256Hex(sessionId);
      const session = await deps.repo.findSession(idHash, deps.now());
      const user = session ? await deps.repo.findUserById(session.userId) : null;
      if (user) {
        c.set('session', { user, idHash, staffTenants: await deps.repo.membershipsOf(user.id) });
      }
    }
    await next();
  };
}
