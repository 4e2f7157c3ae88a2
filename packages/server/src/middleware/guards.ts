import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, SessionInfo } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';

/** API guard: any signed-in user (applicants, and staff applying themselves); else 401 problem. */
export const requireApplicant: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('session')) throw new FestplatzError('UNAUTHENTICATED');
  await next();
};

/** API guard: a signed-in user with at least one staff membership; 401 when signed out, 403 otherwise. */
export const requireStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  if (!session) throw new FestplatzError('UNAUTHENTICATED');
  if (session.staffTenants.length === 0) throw new FestplatzError('FORBIDDEN', { reason: 'STAFF_ONLY' });
  await next();
};

/** The session of a request that passed a guard (misuse without a guard is a programming error). */
export function sessionOf(c: Context<AppEnv>): SessionInfo {
  const session = c.get('session');
  if (!session) throw new Error('sessionOf() used on a route without requireApplicant/requireStaff');
  return session;
}
