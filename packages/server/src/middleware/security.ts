import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
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
 * CSRF protection for form posts (Origin / Sec-Fetch-Site must be our own). JSON requests are not
 * form-submittable cross-site, and the SameSite=Lax cookie covers the rest. Rejections become problems.
 */
export function csrfProtection(baseUrl: string): MiddlewareHandler<AppEnv> {
  // Behind a reverse proxy the request URL may be internal, so the public origin counts as ours too.
  const publicOrigin = new URL(baseUrl).origin;
  const check = csrf({
    origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin,
  });
  return async (c, next) => {
    try {
      await check(c, async () => {});
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) {
        throw new FestplatzError('FORBIDDEN', { reason: 'CSRF_REJECTED', cause: error });
      }
      throw error;
    }
    await next();
  };
}
