import { Hono } from 'hono';
import { editionDto, editionFormDto } from '../api/edition-dto.ts';
import { formValidators } from '../api/form-validators.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';

/** A versioned validator URL always answers the same code, so browsers may keep it. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Public API: open editions, the form of an edition and its precompiled validators (`/api/v1/editions...`). */
export function editionRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const validatorsOf = formValidators();
  const findEdition = async (id: string) => {
    const record = await deps.repo.findEdition(id);
    if (!record) throw new FestplatzError('NOT_FOUND');
    return record;
  };
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const open = await deps.repo.listOpenEditions(deps.now());
      return c.json(open.map((r) => editionDto(r, c.get('lang'))));
    })
    .get('/:id/form', async (c) => {
      const record = await findEdition(c.req.param('id'));
      const { hash } = validatorsOf(record.eventType.form.schema);
      return c.json(editionFormDto(record, c.get('lang'), hash));
    })
    .get('/:id/form-validator.js', async (c) => {
      const record = await findEdition(c.req.param('id'));
      const { code, hash } = validatorsOf(record.eventType.form.schema);
      return c.body(code, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        // An unversioned or outdated URL (the form changed meanwhile) must be revalidated.
        'Cache-Control': c.req.query('v') === hash ? IMMUTABLE : 'no-cache',
      });
    });
}
