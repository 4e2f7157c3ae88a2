import { findTenantApplication, listTenantApplications } from '@festplatz/case-engine';
import { type Context, Hono } from 'hono';
import { adminDetailDto, adminListItemDto, editionLookup } from '../api/application-dto.ts';
import { CASE_COMMANDS } from '../api/case-commands.ts';
import { commandFailure } from '../api/command-error.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireStaff, sessionOf } from '../middleware/guards.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';

/** Staff API (`/api/v1/admin...`), always scoped to the tenants the staff member belongs to. */
export function adminRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const tenantsOf = (c: Context<AppEnv>) => [...new Set(sessionOf(c).staffTenants.map((m) => m.tenantId))];

  // Finds a case in one of the caller's tenants; other tenants' cases are "not found", not "forbidden".
  const findScoped = (c: Context<AppEnv>, id: string) => {
    for (const tenantId of tenantsOf(c)) {
      const app = findTenantApplication(deps.db, tenantId, id);
      if (app) return app;
    }
    throw new FestplatzError('NOT_FOUND');
  };

  const detail = (c: Context<AppEnv>, id: string) => {
    const app = findScoped(c, id);
    return adminDetailDto(deps.db, app, editionLookup(deps.db)(app.editionId), c.get('lang'));
  };

  return new Hono<AppEnv>()
    .use(requireStaff)
    .get('/applications', (c) => {
      const lookup = editionLookup(deps.db);
      const apps = tenantsOf(c)
        .flatMap((tenantId) => listTenantApplications(deps.db, tenantId))
        .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0));
      return c.json({ items: apps.map((a) => adminListItemDto(a, lookup(a.editionId), c.get('lang'))) });
    })
    .get('/applications/:id', (c) => c.json(detail(c, c.req.param('id'))))
    .post('/applications/:id/events', async (c) => {
      const body = asObject(await readJsonBody(c));
      const command =
        typeof body.type === 'string' && Object.hasOwn(CASE_COMMANDS, body.type)
          ? CASE_COMMANDS[body.type]
          : undefined;
      if (!command) throw new FestplatzError('BAD_REQUEST', { reason: 'UNKNOWN_EVENT_TYPE' });
      const app = findScoped(c, c.req.param('id'));
      const session = sessionOf(c);
      const allowed = session.staffTenants.some(
        (m) => m.tenantId === app.tenantId && command.roles.includes(m.role),
      );
      if (!allowed) throw new FestplatzError('FORBIDDEN');
      const result = command.run(
        deps.db,
        {
          tenantId: app.tenantId,
          applicationId: app.id,
          actorId: session.user.id,
          now: deps.now(),
          ...(typeof body.expectedVersion === 'number' ? { expectedVersion: body.expectedVersion } : {}),
        },
        body,
      );
      if (!result.ok) throw commandFailure(result.error, c.get('lang'));
      return c.json(detail(c, app.id));
    });
}
