import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDb } from '../../test/support.ts';
import { createApp } from '../app.ts';
import { OutboxMailTransport } from '../mail/outbox.ts';
import { defaultAssetDirs } from './assets.ts';

describe('/assets', () => {
  const { repo, dir, cleanup } = tempDb();
  const bundles = mkdtempSync(join(tmpdir(), 'festplatz-bundles-'));
  mkdirSync(join(bundles, 'fr'));
  writeFileSync(join(bundles, 'fr', 'festplatz-elements.js'), 'export const built = true;\n');
  const app = createApp({
    repo,
    mail: new OutboxMailTransport(join(dir, 'outbox')),
    baseUrl: 'http://localhost',
    assetDirs: {
      ...defaultAssetDirs(),
      formRuntimeDist: join(bundles, 'fr'),
      builderUiDist: join(bundles, 'missing'),
    },
  });
  afterAll(() => {
    cleanup();
    rmSync(bundles, { recursive: true, force: true });
  });

  it('serves KERN CSS and fonts from @kern-ux/native', async () => {
    const css = await app.request('/assets/kern/kern.min.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await css.text()).length).toBeGreaterThan(10_000);
    const fonts = await app.request('/assets/kern/fonts/fira-sans.css');
    expect(fonts.status).toBe(200);
    expect(await fonts.text()).toContain('@font-face');
  });

  it('serves a built element bundle as JavaScript and answers a missing one with a 404 problem', async () => {
    const js = await app.request('/assets/festplatz-elements.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain('built = true');
    const missing = await app.request('/assets/festplatz-admin.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('locates the packages without source-relative paths', () => {
    const dirs = defaultAssetDirs();
    expect(dirs.kernDist).toMatch(/@kern-ux[\\/]native[\\/]dist$/);
    expect(dirs.formRuntimeDist).toMatch(/form-runtime[\\/]dist$/);
    expect(dirs.builderUiDist).toMatch(/builder-ui[\\/]dist$/);
    expect(dirs.serverPublic).toMatch(/server[\\/]public$/);
  });

  it('serves the session warning script as JavaScript', async () => {
    const js = await app.request('/assets/festplatz-session.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain('/api/v1/me/session/extend');
  });

  it('serves our own CSS and refuses path traversal', async () => {
    expect((await app.request('/assets/festplatz.css')).headers.get('content-type')).toContain('text/css');
    expect((await app.request('/assets/kern/../package.json')).status).toBe(404);
    expect((await app.request('/assets/kern/%2e%2e/package.json')).status).toBe(404);
  });
});
