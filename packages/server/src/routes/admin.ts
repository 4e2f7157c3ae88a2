import type { ApplicationRecord } from '@festplatz/case-engine';
import { type Context, Hono } from 'hono';
import { adminDetailDto, adminListItemDto, withEditions } from '../api/application-dto.ts';
import { CASE_COMMANDS } from '../api/case-commands.ts';
import { commandFailure } from '../api/command-error.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireStaff, sessionOf } from '../middleware/guards.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';

const handedIn = (app: ApplicationRecord) => app.submittedAt !== null;

/** Staff API (`/api/v1/admin...`), always scoped to the tenants the staff member belongs to. */
export function adminRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  const tenantsOf = (c: Context<AppEnv>) => [...new Set(sessionOf(c).staffTenants.map((m) => m.tenantId))];

  // Finds a case in one of the caller's tenants; other tenants' cases are "not found", not "forbidden", and so
  // are drafts: what an applicant has not handed in is not the office's to read (DSGVO, data minimisation).
  const findScoped = async (c: Context<AppEnv>, id: string) => {
    for (const tenantId of tenantsOf(c)) {
      const app = await repo.findTenantApplication(tenantId, id);
      if (app && handedIn(app)) return app;
    }
    throw new FestplatzError('NOT_FOUND');
  };

  const detail = async (c: Context<AppEnv>, id: string) => {
    const app = await findScoped(c, id);
    return adminDetailDto(repo, app, await repo.findEdition(app.editionId), c.get('lang'));
  };

  return new Hono<AppEnv>()
    .use(requireStaff)
    .get('/applications', async (c) => {
      const perTenant = await Promise.all(tenantsOf(c).map((t) => repo.listTenantApplications(t)));
      const apps = perTenant
        .flat()
        .filter(handedIn)
        .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0));
      const lang = c.get('lang');
      return c.json({ items: await withEditions(repo, apps, (a, e) => adminListItemDto(a, e, lang)) });
    })
    .get('/applications/:id', async (c) => c.json(await detail(c, c.req.param('id'))))
    .post('/applications/:id/events', async (c) => {
      const body = asObject(await readJsonBody(c));
      const command =
        typeof body.type === 'string' && Object.hasOwn(CASE_COMMANDS, body.type)
          ? CASE_COMMANDS[body.type]
          : undefined;
      if (!command) throw new FestplatzError('BAD_REQUEST', { reason: 'UNKNOWN_EVENT_TYPE' });
      const app = await findScoped(c, c.req.param('id'));
      const session = sessionOf(c);
      const allowed = session.staffTenants.some(
        (m) => m.tenantId === app.tenantId && command.roles.includes(m.role),
      );
      if (!allowed) throw new FestplatzError('FORBIDDEN');
      const result = await command.run(
        repo,
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
      return c.json(await detail(c, app.id));
    });
}
