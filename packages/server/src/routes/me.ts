import { submitApplication } from '@festplatz/case-engine';
import { Hono } from 'hono';
import { myApplicationDto, withEditions } from '../api/application-dto.ts';
import { commandFailure } from '../api/command-error.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';
import { asObject, readJsonBody } from '../middleware/json-body.ts';

/** Applicant API (`/api/v1/me...`): who am I, submit, and my own applications only. */
export function meRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const { repo } = deps;
  return new Hono<AppEnv>()
    .use(requireApplicant)
    .get('/', (c) => {
      const { user, staffTenants } = sessionOf(c);
      return c.json({ id: user.id, email: user.email, staffTenants });
    })
    .post('/applications', async (c) => {
      const body = asObject(await readJsonBody(c));
      if (typeof body.editionId !== 'string' || !('data' in body)) {
        throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
      }
      const result = await submitApplication(repo, {
        editionId: body.editionId,
        applicantId: sessionOf(c).user.id,
        data: body.data,
        now: deps.now(),
      });
      if (!result.ok) {
        const zone = (await repo.findEdition(body.editionId))?.edition.timeZone;
        throw commandFailure(result.error, c.get('lang'), zone);
      }
      const app = result.value;
      c.header('Location', `/api/v1/me/applications/${app.id}`);
      return c.json(
        {
          id: app.id,
          state: app.state,
          submittedAt: app.submittedAt?.toISOString() ?? null,
          editionId: app.editionId,
        },
        201,
      );
    })
    .get('/applications', async (c) => {
      const apps = await repo.listApplicantApplications(sessionOf(c).user.id);
      const lang = c.get('lang');
      return c.json(await withEditions(repo, apps, (a, e) => myApplicationDto(a, e, lang)));
    })
    .get('/applications/:id', async (c) => {
      // Someone else's id answers 404 like an unknown one: existence is not revealed.
      const app = await repo.findApplicantApplication(sessionOf(c).user.id, c.req.param('id'));
      if (!app) throw new FestplatzError('NOT_FOUND');
      const edition = await repo.findEdition(app.editionId);
      return c.json({ ...myApplicationDto(app, edition, c.get('lang')), data: app.data });
    });
}
