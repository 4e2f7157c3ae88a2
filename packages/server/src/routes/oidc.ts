import { type Context, Hono } from 'hono';
import { identityFromClaims } from '../auth/oidc/claims.ts';
import { newOidcFlow, type OidcClient, oidcClient } from '../auth/oidc/client.ts';
import { clearFlowCookie, readFlowCookie, setFlowCookie } from '../auth/oidc/flow-cookie.ts';
import { openOidcSession } from '../auth/oidc/sign-in.ts';
import { safeNext } from '../auth/safe-next.ts';
import { sessionCookieFor, setSessionCookie } from '../auth/session-cookie.ts';
import type { AppEnv, ResolvedDeps } from '../env.ts';
import { type OidcErrorKind, oidcErrorPage } from '../pages/oidc-sign-in.ts';
import { viewContext } from '../pages/view.ts';

const view = (c: Context<AppEnv>) => viewContext(c.get('lang'), c.get('session'), c.req.url);

/** Path of the callback, registered at the provider as `<base URL>/auth/oidc/callback`. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

/**
 * OpenID Connect sign-in (`/auth/oidc/...`): `start` sends the browser to the provider, `callback` takes its
 * answer, opens a session at the trust level the provider states and returns to `next`. Without OIDC settings the
 * routes do not exist (404).
 */
export function oidcRoutes(deps: ResolvedDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  if (!deps.oidc) return routes;
  const redirectUri = new URL(OIDC_CALLBACK_PATH, deps.baseUrl).toString();
  const client: OidcClient = oidcClient(deps.oidc, redirectUri);
  const cookie = sessionCookieFor(deps.baseUrl, deps.embedOrigins);
  const refuse = (c: Context<AppEnv>, kind: OidcErrorKind, status: 400 | 502 | 503) =>
    c.html(oidcErrorPage(view(c), kind), status);

  return routes
    .get('/start', async (c) => {
      const flow = newOidcFlow(safeNext(c.req.query('next'), deps.embedOrigins) ?? '/');
      let url: URL;
      try {
        url = await client.authorizationUrl(flow);
      } catch (error) {
        deps.logError('OpenID provider unreachable (discovery failed)', error);
        return refuse(c, 'unavailable', 503);
      }
      setFlowCookie(c, cookie, flow);
      return c.redirect(url.toString(), 303);
    })
    .get('/callback', async (c) => {
      const flow = readFlowCookie(c, cookie);
      clearFlowCookie(c, cookie);
      // The answer as the provider addressed it: our public callback URL with the parameters it sent.
      const answer = new URL(redirectUri);
      answer.search = new URL(c.req.url).search;
      const params = answer.searchParams;
      // State first: an answer that does not belong to this browser's attempt is refused before anything else,
      // including an error it may carry.
      if (!flow || params.get('state') !== flow.state) return refuse(c, 'state', 400);
      const error = params.get('error');
      if (error) return refuse(c, error === 'access_denied' ? 'cancelled' : 'provider', 400);
      let claims: Record<string, unknown>;
      let issuer: string;
      try {
        claims = await client.claims(answer, flow);
        issuer = await client.issuer();
      } catch (failure) {
        deps.logError('OpenID Connect sign-in failed at the code exchange or token checks', failure);
        return refuse(c, 'failed', 502);
      }
      const mapped = identityFromClaims(issuer, claims);
      if (!mapped.ok) return refuse(c, 'email', 400);
      const previous = c.get('session');
      if (previous) await deps.repo.deleteSession(previous.idHash);
      const session = await openOidcSession(deps, mapped.identity);
      setSessionCookie(c, cookie, session.sessionId, session.expiresAt);
      return c.redirect(safeNext(flow.next, deps.embedOrigins) ?? '/', 303);
    });
}
