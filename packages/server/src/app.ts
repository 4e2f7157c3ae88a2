import { resolve } from 'node:path';
import { Hono } from 'hono';
import type { AppDeps, AppEnv, ResolvedDeps } from './env.ts';
import { errorHandler, notFoundHandler } from './errors/handler.ts';
import { embedCors } from './middleware/embed-cors.ts';
import { language } from './middleware/language.ts';
import { csrfProtection, securityHeaders } from './middleware/security.ts';
import { sessionLoader } from './middleware/session.ts';
import { adminRoutes } from './routes/admin.ts';
import { adminDocumentRoutes } from './routes/admin-documents.ts';
import { adminOutboxRoutes } from './routes/admin-outbox.ts';
import { type AssetDirs, assetRoutes } from './routes/assets.ts';
import { authRoutes } from './routes/auth.ts';
import { editionRoutes } from './routes/editions.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { meCaseRoutes } from './routes/me-case.ts';
import { meDocumentReuseRoutes } from './routes/me-document-reuse.ts';
import { meDocumentRoutes } from './routes/me-documents.ts';
import { mePrefillRoutes } from './routes/me-prefill.ts';
import { meSessionRoutes } from './routes/me-session.ts';
import { messageRoutes } from './routes/messages.ts';
import { oidcRoutes } from './routes/oidc.ts';
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
    oidc: options.oidc ?? null,
    embedOrigins: options.embedOrigins ?? [],
    // Same default as FESTPLATZ_DATA_DIR (cli/config.ts): next to the SQLite file.
    blobDir: options.blobDir ?? resolve('data', 'blobs'),
  };
  const app = new Hono<AppEnv>();
  // CORS before everything, so that every answer to an embedding page, refusals included, is readable there.
  app.use(embedCors(deps.embedOrigins));
  // CSRF first: a refused cross-site request must not even count as activity of the session.
  app.use(
    securityHeaders(),
    language(),
    csrfProtection(deps.baseUrl, deps.embedOrigins),
    sessionLoader(deps),
  );
  app.route('/', healthRoutes());
  app.route('/', assetRoutes(options.assetDirs));
  app.route('/api/v1/editions', editionRoutes(deps));
  app.route('/api/v1/me/session', meSessionRoutes(deps));
  app.route('/api/v1/me/prefill', mePrefillRoutes(deps));
  app.route('/api/v1/me', meCaseRoutes(deps));
  app.route('/api/v1/me/applications', meDocumentRoutes(deps));
  app.route('/api/v1/me/applications', meDocumentReuseRoutes(deps));
  app.route('/api/v1/me', meRoutes(deps));
  app.route('/api/v1/me', messageRoutes(deps, 'applicant'));
  app.route('/api/v1/admin/outbox', adminOutboxRoutes(deps));
  app.route('/api/v1/admin/applications', adminDocumentRoutes(deps));
  app.route('/api/v1/admin', adminRoutes(deps));
  app.route('/api/v1/admin', messageRoutes(deps, 'staff'));
  app.route('/auth/oidc', oidcRoutes(deps));
  app.route('/auth', authRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.onError(errorHandler(deps.logError));
  app.notFound(notFoundHandler);
  return app;
}
