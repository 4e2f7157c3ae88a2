import { localize } from '@festplatz/core';
import { type Context, Hono } from 'hono';
import { myApplicationDto, withEditions } from '../api/application-dto.ts';
import { editionDto } from '../api/edition-dto.ts';
import { safeNext } from '../auth/safe-next.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { applicationPage, caseNotFoundPage } from '../pages/application-page.ts';
import { homePage } from '../pages/home.ts';
import { adminDetailPage, adminListPage, applyPage, forbiddenPage } from '../pages/hosts.ts';
import { receiptPage } from '../pages/receipt-page.ts';
import { signInPage } from '../pages/signin.ts';
import { trustLevelNotice } from '../pages/trust-level-notice.ts';
import { viewContext } from '../pages/view.ts';
import { loadReceipt } from '../receipt/receipt.ts';

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
    .get('/signin', (c) =>
      c.html(
        signInPage(view(c), {
          next: safeNext(c.req.query('next'), deps.embedOrigins) ?? '/',
          oidc: deps.oidc,
        }),
      ),
    )
    .get('/apply/:editionId', async (c) => {
      const session = c.get('session');
      if (!session) return toSignIn(c);
      const record = await deps.repo.findEdition(c.req.param('editionId'));
      if (!record) throw new FestplatzError('NOT_FOUND');
      const title = localize(record.edition.title, c.get('lang'));
      const notice = trustLevelNotice(view(c), session, record, deps.oidc);
      return c.html(applyPage(view(c), { id: record.edition.id, title }, notice));
    })
    .get('/applications/:id', async (c) => {
      const session = c.get('session');
      if (!session) return toSignIn(c);
      // Someone else's case looks like an unknown one (404), as in the API.
      const app = await deps.repo.findApplicantApplication(session.user.id, c.req.param('id'));
      if (!app) return c.html(caseNotFoundPage(view(c)), 404);
      const edition = await deps.repo.findEdition(app.editionId);
      const editionTitle = edition ? localize(edition.edition.title, c.get('lang')) : app.editionId;
      return c.html(
        applicationPage(view(c), { id: app.id, editionTitle, submitted: app.submittedAt !== null }),
      );
    })
    .get('/applications/:id/receipt', async (c) => {
      const session = c.get('session');
      if (!session) return toSignIn(c);
      const receipt = await loadReceipt(deps.repo, session.user.id, c.req.param('id'), c.get('lang'));
      return receipt ? c.html(receiptPage(view(c), receipt)) : c.html(caseNotFoundPage(view(c)), 404);
    })
    .get('/admin', (c) => staffPage(c, () => adminListPage(view(c))))
    .get('/admin/applications/:id', (c) => staffPage(c, () => adminDetailPage(view(c), c.req.param('id'))));
}
