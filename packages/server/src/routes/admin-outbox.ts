import type { OutboxMessage } from '@festplatz/case-engine';
import { type Context, Hono } from 'hono';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireStaff, sessionOf } from '../middleware/guards.ts';

/** A dead letter as admins see it: what failed, how often and why (the payload stays internal). */
function deadLetterDto(m: OutboxMessage) {
  return {
    id: m.id,
    tenantId: m.tenantId,
    handler: m.handler,
    dedupeKey: m.dedupeKey,
    applicationId: m.applicationId,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    nextAttemptAt: m.nextAttemptAt.toISOString(),
  };
}

/**
 * Admin view of the outbox (`/api/v1/admin/outbox`): list the dead letters of the tenants the caller
 * administers and put one back into delivery. Admin role only: a retry sends mail again.
 */
export function adminOutboxRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const adminTenants = (c: Context<AppEnv>) => {
    const tenants = sessionOf(c)
      .staffTenants.filter((m) => m.role === 'admin')
      .map((m) => m.tenantId);
    if (tenants.length === 0) throw new FestplatzError('FORBIDDEN');
    return [...new Set(tenants)];
  };

  return new Hono<AppEnv>()
    .use(requireStaff)
    .get('/dead-letters', async (c) => {
      const perTenant = await Promise.all(adminTenants(c).map((t) => deps.repo.listDeadLetters(t)));
      const items = perTenant.flat().sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return c.json({ items: items.map(deadLetterDto) });
    })
    .post('/dead-letters/:id/retry', async (c) => {
      for (const tenantId of adminTenants(c)) {
        const retried = await deps.repo.retryDeadLetter(c.req.param('id'), { tenantId, now: deps.now() });
        if (retried) return c.json(deadLetterDto(retried));
      }
      // Unknown, not dead (any more) or another tenant's: all look the same from outside.
      throw new FestplatzError('NOT_FOUND');
    });
}
