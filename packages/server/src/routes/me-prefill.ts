import { Hono } from 'hono';
import { prefillFor } from '../api/prefill.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { requireApplicant, sessionOf } from '../middleware/guards.ts';

/**
 * `GET /api/v1/me/prefill?editionId=…` ("apply again"): 200 with the carried-over answers of the applicant's last
 * application for another edition of the same event type, 204 when there is none, 404 for an unknown edition.
 */
export function mePrefillRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().use(requireApplicant).get('/', async (c) => {
    const editionId = c.req.query('editionId');
    if (!editionId) throw new FestplatzError('BAD_REQUEST', { reason: 'INVALID_BODY' });
    const target = await deps.repo.findEdition(editionId);
    if (!target) throw new FestplatzError('NOT_FOUND');
    const prefill = await prefillFor(deps.repo, sessionOf(c).user.id, target, c.get('lang'));
    return prefill ? c.json(prefill) : c.body(null, 204);
  });
}
