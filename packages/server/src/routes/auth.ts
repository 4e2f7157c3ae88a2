import { type Context, Hono } from 'hono';
import { isPlausibleEmail } from '../auth/email.ts';
import { redeemMagicLink, sendMagicLink } from '../auth/magic-link.ts';
import { safeNext } from '../auth/safe-next.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { checkMailPage, linkInvalidPage, signInPage } from '../pages/signin.ts';
import { viewContext } from '../pages/view.ts';

const view = (c: Context<AppEnv>) => viewContext(c.get('lang'), c.get('session'), c.req.url);

/** Magic-link sign-in and sign-out (`/auth/...`); the form posts are CSRF-checked by the app. */
export function authRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/magic-link', async (c) => {
      const form = await c.req.parseBody();
      const email = typeof form.email === 'string' ? form.email.trim() : '';
      const next = safeNext(typeof form.next === 'string' ? form.next : null) ?? '/';
      if (!isPlausibleEmail(email)) {
        return c.html(signInPage(view(c), { next, email, invalid: true }), 400);
      }
      await sendMagicLink(deps, email, next);
      return c.html(checkMailPage(view(c), email, next));
    })
    .get('/callback', async (c) => {
      const token = c.req.query('token');
      const session = token ? await redeemMagicLink(deps, token) : null;
      if (!session) return c.html(linkInvalidPage(view(c)), 400);
      setSessionCookie(c, deps.baseUrl, session.sessionId, session.expiresAt);
      return c.redirect(session.next, 303);
    })
    .post('/sign-out', async (c) => {
      const session = c.get('session');
      if (session) await deps.repo.deleteSession(session.idHash);
      clearSessionCookie(c, deps.baseUrl);
      return c.redirect('/', 303);
    });
}
