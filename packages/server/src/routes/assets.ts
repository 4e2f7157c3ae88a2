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
}

/** Locates KERN's dist folder and the two element bundles (built by scripts/build.mjs). */
export function defaultAssetDirs(): AssetDirs {
  const dist = (pkg: string) => {
    const dir = packageDir(pkg);
    return dir ? join(dir, 'dist') : null;
  };
  return {
    kernDist: dist('@kern-ux/native'),
    formRuntimeDist: dist('@festplatz/form-runtime'),
    builderUiDist: dist('@festplatz/builder-ui'),
  };
}

/**
 * `/assets/...`: KERN CSS and fonts, the element bundles and our own CSS. Unversioned URLs, so browsers
 * revalidate (`no-cache` + Last-Modified); a bundle that is not built yet falls through to a 404 problem.
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
  bundle(dirs.builderUiDist, 'festplatz-admin.js');
  return app;
}
