import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { FESTPLATZ_CSS } from '../pages/festplatz-css.ts';
import { packageDir } from '../util/package-dir.ts';

/** Where the static files come from; resolved once at startup, overridable in tests. */
export interface AssetDirs {
  kernDist: string | null;
  formRuntimeDist: string | null;
  builderUiDist: string | null;
  /** The server's own plain browser scripts (packages/server/public). */
  serverPublic: string | null;
}

/** Locates KERN's dist folder, the two element bundles (built by scripts/build.mjs) and our public folder. */
export function defaultAssetDirs(): AssetDirs {
  const inPackage = (pkg: string, folder: string) => {
    const dir = packageDir(pkg);
    return dir ? join(dir, folder) : null;
  };
  return {
    kernDist: inPackage('@kern-ux/native', 'dist'),
    formRuntimeDist: inPackage('@festplatz/form-runtime', 'dist'),
    builderUiDist: inPackage('@festplatz/builder-ui', 'dist'),
    serverPublic: inPackage('@festplatz/server', 'public'),
  };
}

/**
 * `/assets/...`: KERN CSS and fonts, the element bundles, our own CSS and session script. Unversioned URLs, so
 * browsers revalidate (`no-cache` + Last-Modified); a bundle that is not built yet falls through to a 404 problem.
 */
export function assetRoutes(dirs: AssetDirs = defaultAssetDirs()): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'no-cache');
  });
  app.get('/assets/festplatz.css', (c) =>
    c.body(FESTPLATZ_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  if (dirs.kernDist) {
    const root = dirs.kernDist;
    app.get(
      '/assets/kern/*',
      serveStatic({ root, rewriteRequestPath: (p) => p.replace(/^\/assets\/kern/, '') }),
    );
  }
  const bundle = (dir: string | null, file: string) => {
    if (dir) app.get(`/assets/${file}`, serveStatic({ path: join(dir, file) }));
  };
  bundle(dirs.formRuntimeDist, 'festplatz-elements.js');
  // The one script tag a municipality's website needs (docs/embedding.md): a short, stable URL at the root.
  if (dirs.formRuntimeDist) {
    app.use('/festplatz-elements.js', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'no-cache');
    });
    app.get(
      '/festplatz-elements.js',
      serveStatic({ path: join(dirs.formRuntimeDist, 'festplatz-elements.js') }),
    );
  }
  bundle(dirs.builderUiDist, 'festplatz-admin.js');
  bundle(dirs.serverPublic, 'festplatz-session.js');
  return app;
}
