import { type Context, Hono } from 'hono';
import { isPlausibleEmail } from '../auth/email.ts';
import { redeemMagicLink, sendMagicLink } from '../auth/magic-link.ts';
import { safeNext } from '../auth/safe-next.ts';
import { clearSessionCookie, sessionCookieFor, setSessionCookie } from '../auth/session-cookie.ts';
import { signInLimit } from '../auth/sign-in-limit.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';
import { problemResponse } from '../errors/handler.ts';
import { checkMailPage, linkInvalidPage, type SignInForm, signInPage } from '../pages/signin.ts';
import { viewContext } from '../pages/view.ts';
import { clientAddress } from '../util/client-address.ts';

const view = (c: Context<AppEnv>) => viewContext(c.get('lang'), c.get('session'), c.req.url);

/**
 * 429 with Retry-After: the sign-in form with a notice for a browser's form post, else problem+json. Nothing
 * in it depends on whether the address has an account.
 */
function tooManySignIns(c: Context<AppEnv>, waitMs: number, form: SignInForm): Response | Promise<Response> {
  const retryAfterSeconds = Math.ceil(waitMs / 1000);
  const retryAfterMinutes = Math.ceil(retryAfterSeconds / 60);
  c.header('Retry-After', String(retryAfterSeconds));
  if (c.req.header('accept')?.includes('text/html')) {
    return c.html(signInPage(view(c), { ...form, retryAfterMinutes }), 429);
  }
  const details = { retryAfterSeconds, retryAfterMinutes };
  return problemResponse(c, new FestplatzError('RATE_LIMITED', { details }));
}

/** 503: the sign-in form again with a notice for a browser's form post, else problem+json. */
function mailUnavailable(c: Context<AppEnv>, form: SignInForm): Response | Promise<Response> {
  if (c.req.header('accept')?.includes('text/html')) {
    return c.html(signInPage(view(c), { ...form, mailFailed: true }), 503);
  }
  return problemResponse(c, new FestplatzError('MAIL_UNAVAILABLE'));
}

/** Magic-link sign-in and sign-out (`/auth/...`); the form posts are CSRF-checked by the app. */
export function authRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const limit = signInLimit(deps.now);
  const cookie = sessionCookieFor(deps.baseUrl, deps.embedOrigins);
  return new Hono<AppEnv>()
    .post('/magic-link', async (c) => {
      const form = await c.req.parseBody();
      const email = typeof form.email === 'string' ? form.email.trim() : '';
      const next = safeNext(typeof form.next === 'string' ? form.next : null, deps.embedOrigins) ?? '/';
      if (!isPlausibleEmail(email)) {
        return c.html(signInPage(view(c), { next, email, invalid: true }), 400);
      }
      // SEC-1: counted after the address check (a typo costs nothing), before anything is stored or sent.
      const waitMs = limit.attempt(email, clientAddress(c));
      if (waitMs > 0) return tooManySignIns(c, waitMs, { next, email });
      try {
        await sendMagicLink(deps, email, next);
      } catch (error) {
        // The mail server is down or refuses: say so and keep the address in the form, instead of a bare 500.
        deps.logError('sign-in mail could not be sent', error);
        return mailUnavailable(c, { next, email });
      }
      return c.html(checkMailPage(view(c), email, next));
    })
    .get('/callback', async (c) => {
      const token = c.req.query('token');
      const session = token ? await redeemMagicLink(deps, token) : null;
      if (!session) return c.html(linkInvalidPage(view(c)), 400);
      setSessionCookie(c, cookie, session.sessionId, session.expiresAt);
      return c.redirect(session.next, 303);
    })
    .post('/sign-out', async (c) => {
      const session = c.get('session');
      if (session) await deps.repo.deleteSession(session.idHash);
      clearSessionCookie(c, cookie);
      return c.redirect('/', 303);
    });
}
