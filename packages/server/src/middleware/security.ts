import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { isEmbedOrigin } from '../embed/embed-origins.ts';
import type { AppEnv } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';

/** Security headers of every response, including a strict Content-Security-Policy. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // No 'unsafe-eval': form validators are precompiled on the server and imported as same-origin modules.
      scriptSrc: ["'self'"],
      // React/RJSF set inline style attributes (e.g. on array items); KERN itself needs no inline styles.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
  });
}

/**
 * CSRF protection. Form posts must come from our own origin or an embedding origin (EMBED_ORIGINS); every other
 * change (JSON, uploads) is refused when the browser names a foreign Origin or says it is cross-site. JSON
 * requests from other origins already need a CORS preflight, but with embed origins configured the session
 * cookie is SameSite=None, so a body without a Content-Type (a "simple" request, no preflight) would otherwise
 * carry it. Rejections become problems.
 */
export function csrfProtection(
  baseUrl: string,
  embedOrigins: readonly string[] = [],
): MiddlewareHandler<AppEnv> {
  // Behind a reverse proxy the request URL may be internal, so the public origin counts as ours too.
  const publicOrigin = new URL(baseUrl).origin;
  const allowed = (origin: string, c: Context) =>
    origin === publicOrigin || origin === new URL(c.req.url).origin || isEmbedOrigin(embedOrigins, origin);
  const check = csrf({ origin: allowed });
  return async (c, next) => {
    try {
      await check(c, async () => {});
      if (isForeignWrite(c, allowed)) throw new HTTPException(403, { message: 'cross-origin write' });
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) {
        throw new FestplatzError('FORBIDDEN', { reason: 'CSRF_REJECTED', cause: error });
      }
      throw error;
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A change requested by a page of another origin (Origin header), or by a browser that reports `cross-site`. */
function isForeignWrite(c: Context, allowed: (origin: string, c: Context) => boolean): boolean {
  if (SAFE_METHODS.has(c.req.method)) return false;
  const origin = c.req.header('origin');
  if (origin !== undefined) return !allowed(origin, c);
  return c.req.header('sec-fetch-site') === 'cross-site';
}
