import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { isEmbedOrigin } from '../embed/embed-origins.ts';
import type { AppEnv } from '../env.ts';

/**
 * What an embedded element fetches from Festplatz: the element bundle, KERN CSS and fonts, the public edition API
 * (form and its validator module, which is `import()`ed and therefore a CORS request) and the applicant API
 * (`/api/v1/me...`). The staff API, the pages and the sign-in form posts are never granted to another origin.
 */
const EMBEDDABLE = [
  /^\/festplatz-elements\.js$/,
  /^\/assets\//,
  /^\/api\/v1\/editions(\/|$)/,
  /^\/api\/v1\/me(\/|$)/,
];

/**
 * CORS for the municipality's own websites (EMBED_ORIGINS, SEC-1): the allow-listed origin is echoed with
 * credentials, so the session cookie travels with the elements' requests; any other origin gets no CORS header at
 * all and the browser withholds the answer. Without embed origins this middleware does nothing.
 */
export function embedCors(embedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const grant = cors({
    origin: (origin) => (isEmbedOrigin(embedOrigins, origin) ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // Request headers are echoed in the preflight: the origin check above is the boundary, and the elements'
    // headers (Content-Type, Idempotency-Key, an upload's file name) need no second list kept in step here.
    exposeHeaders: ['Location', 'Retry-After'],
    maxAge: 600,
  });
  return async (c, next) => {
    if (embedOrigins.length === 0 || !EMBEDDABLE.some((path) => path.test(c.req.path))) return next();
    return grant(c, next);
  };
}
