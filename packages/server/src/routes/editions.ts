import { Hono } from 'hono';
import { editionDto, editionFormDto } from '../api/edition-dto.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';

/** Public API: open editions and the form of an edition (`/api/v1/editions...`). */
export function editionRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const open = await deps.repo.listOpenEditions(deps.now());
      return c.json(open.map((r) => editionDto(r, c.get('lang'))));
    })
    .get('/:id/form', async (c) => {
      const record = await deps.repo.findEdition(c.req.param('id'));
      if (!record) throw new FestplatzError('NOT_FOUND');
      return c.json(editionFormDto(record, c.get('lang')));
    });
}
