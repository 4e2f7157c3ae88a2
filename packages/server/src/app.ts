import { Hono } from 'hono';
import type { AppDeps, AppEnv, ResolvedDeps } from './env.ts';
import { errorHandler, notFoundHandler } from './errors/handler.ts';
import { language } from './middleware/language.ts';
import { csrfProtection, securityHeaders } from './middleware/security.ts';
import { sessionLoader } from './middleware/session.ts';
import { adminRoutes } from './routes/admin.ts';
import { adminOutboxRoutes } from './routes/admin-outbox.ts';
import { type AssetDirs, assetRoutes } from './routes/assets.ts';
import { authRoutes } from './routes/auth.ts';
import { editionRoutes } from './routes/editions.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { meSessionRoutes } from './routes/me-session.ts';
import { pageRoutes } from './routes/pages.ts';

/** Options of {@link createApp} beyond the dependencies. */
export interface CreateAppOptions extends AppDeps {
  /** Static asset folders; found via the installed packages when omitted. */
  assetDirs?: AssetDirs;
}

/** Builds the Festplatz Hono app: security middleware, JSON API under /api/v1, auth, pages and assets. */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const deps: ResolvedDeps = {
    repo: options.repo,
    mail: options.mail,
    baseUrl: options.baseUrl,
    now: options.now ?? (() => new Date()),
    logError: options.logError ?? ((message, error) => console.error(message, error)),
  };
  const app = new Hono<AppEnv>();
  // CSRF first: a refused cross-site request must not even count as activity of the session.
  app.use(securityHeaders(), language(), csrfProtection(deps.baseUrl), sessionLoader(deps));
  app.route('/', healthRoutes());
  app.route('/', assetRoutes(options.assetDirs));
  app.route('/api/v1/editions', editionRoutes(deps));
  app.route('/api/v1/me/session', meSessionRoutes(deps));
  app.route('/api/v1/me', meRoutes(deps));
  app.route('/api/v1/admin/outbox', adminOutboxRoutes(deps));
  app.route('/api/v1/admin', adminRoutes(deps));
  app.route('/auth', authRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.onError(errorHandler(deps.logError));
  app.notFound(notFoundHandler);
  return app;
}
