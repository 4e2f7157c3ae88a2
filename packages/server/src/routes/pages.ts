import { localize } from '@festplatz/core';
import { type Context, Hono } from 'hono';
import { myApplicationDto, withEditions } from '../api/application-dto.ts';
import { editionDto } from '../api/edition-dto.ts';
import { safeNext } from '../auth/safe-next.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { homePage } from '../pages/home.ts';
import { adminDetailPage, adminListPage, applyPage, forbiddenPage } from '../pages/hosts.ts';
import { signInPage } from '../pages/signin.ts';
import { viewContext } from '../pages/view.ts';

const view = (c: Context<AppEnv>) => viewContext(c.get('lang'), c.get('session'), c.req.url);

/** Where a signed-out visitor goes: the sign-in form, coming back here afterwards. */
const toSignIn = (c: Context<AppEnv>) => c.redirect(`/signin?next=${encodeURIComponent(c.req.path)}`, 303);

/** Server-rendered pages (German and English): start page, sign-in, and the hosts of the web components. */
export function pageRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const staffPage = (c: Context<AppEnv>, render: () => ReturnType<typeof adminListPage>) => {
    const session = c.get('session');
    if (!session) return toSignIn(c);
    if (session.staffTenants.length === 0) return c.html(forbiddenPage(view(c)), 403);
    return c.html(render());
  };

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const lang = c.get('lang');
      const editions = (await deps.repo.listOpenEditions(deps.now())).map((r) => editionDto(r, lang));
      const session = c.get('session');
      const mine = session ? await deps.repo.listApplicantApplications(session.user.id) : [];
      const apps = await withEditions(deps.repo, mine, (a, e) => myApplicationDto(a, e, lang));
      return c.html(homePage(view(c), editions, apps));
    })
    .get('/signin', (c) => c.html(signInPage(view(c), { next: safeNext(c.req.query('next')) ?? '/' })))
    .get('/apply/:editionId', async (c) => {
      if (!c.get('session')) return toSignIn(c);
      const record = await deps.repo.findEdition(c.req.param('editionId'));
      if (!record) throw new FestplatzError('NOT_FOUND');
      const title = localize(record.edition.title, c.get('lang'));
      return c.html(applyPage(view(c), { id: record.edition.id, title }));
    })
    .get('/admin', (c) => staffPage(c, () => adminListPage(view(c))))
    .get('/admin/applications/:id', (c) => staffPage(c, () => adminDetailPage(view(c), c.req.param('id'))));
}
