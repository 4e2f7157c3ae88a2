import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { OutboxMailTransport } from '../src/mail/outbox.ts';
import { BASE_URL, EDITION_ID, lastLink, type SeededApp, seededApp, tempDb } from './support.ts';

// Embedding (issue 5, docs/embedding.md; SEC-1): a municipality's website on an allow-listed origin gets CORS with
// credentials for what the elements fetch; every other origin gets no grant and cannot write.

const SOEST = 'https://www.soest.de';
const EVIL = 'https://evil.example';

const preflight = (ctx: SeededApp, path: string, origin: string, method = 'POST') =>
  ctx.app.request(path, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': 'content-type,idempotency-key',
    },
  });

describe('embedding on allow-listed origins (EMBED_ORIGINS)', () => {
  let ctx: SeededApp;
  let cookie: string;
  beforeAll(async () => {
    ctx = await seededApp({ embedOrigins: [SOEST] });
    cookie = await ctx.signIn('erika@example.org');
  });
  afterAll(() => ctx.cleanup());

  it('grants CORS with credentials to an embedding origin for the applicant API, the form and its validators', async () => {
    const ok = await preflight(ctx, '/api/v1/me/applications', SOEST);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SOEST);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe('content-type,idempotency-key');

    for (const path of [
      `/api/v1/editions/${EDITION_ID}/form`,
      `/api/v1/editions/${EDITION_ID}/form-validator.js`,
    ]) {
      const res = await ctx.app.request(path, { headers: { Origin: SOEST } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe(SOEST);
      expect(res.headers.get('vary'), path).toContain('Origin');
    }
    const me = await ctx.json('/api/v1/me', { cookie, headers: { Origin: SOEST } });
    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBe(SOEST);
  });

  it('gives a non-allow-listed origin no CORS grant, not even on a preflight', async () => {
    const res = await preflight(ctx, '/api/v1/me/applications', EVIL);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const form = await ctx.app.request(`/api/v1/editions/${EDITION_ID}/form`, { headers: { Origin: EVIL } });
    expect(form.headers.get('access-control-allow-origin')).toBeNull();
    // A look-alike of the allowed origin is another origin.
    const lookalike = await preflight(ctx, '/api/v1/me', 'https://www.soest.de.evil.example', 'GET');
    expect(lookalike.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never grants the staff API or the pages to an embedding origin', async () => {
    for (const path of ['/api/v1/admin/applications', '/', '/signin']) {
      const res = await ctx.app.request(path, { headers: { Origin: SOEST } });
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });

  it('lets the embedding origin change data, and refuses any other origin even without a form content type', async () => {
    const draft = (origin: string, init: { contentType?: string } = {}) =>
      ctx.app.request('/api/v1/me/drafts', {
        method: 'POST',
        headers: {
          Cookie: cookie,
          Origin: origin,
          ...(init.contentType ? { 'Content-Type': init.contentType } : {}),
        },
        body: JSON.stringify({ editionId: EDITION_ID, data: { applicant: { givenName: 'Erika' } } }),
      });
    expect((await draft(SOEST, { contentType: 'application/json' })).status).toBe(201);
    const refused = await draft(EVIL, { contentType: 'application/json' });
    expect(refused.status).toBe(403);
    // No Content-Type is a "simple" request without preflight; with SameSite=None it carries the cookie.
    expect((await draft(EVIL)).status).toBe(403);
    const crossSite = await ctx.app.request('/api/v1/me/drafts', {
      method: 'POST',
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
  });

  it('signs in from the embedding page and returns there, with a SameSite=None __Host- cookie', async () => {
    const next = `${SOEST}/kirmes?seite=bewerbung`;
    const signin = await ctx.app.request(`/signin?next=${encodeURIComponent(next)}`);
    expect(await signin.text()).toContain(`value="${next}"`);
    const posted = await ctx.app.request('/auth/magic-link', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE_URL },
      body: new URLSearchParams({ email: 'max@example.org', next }),
    });
    expect(posted.status).toBe(200);
    const link = new URL(lastLink(ctx.log));
    const callback = await ctx.app.request(`${link.pathname}${link.search}`);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe(next);
    const setCookie = callback.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-festplatz_session=/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=None/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/);
  });

  it('does not follow a sign-in back to a site that is not allow-listed', async () => {
    const posted = await ctx.app.request('/auth/magic-link', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE_URL },
      body: new URLSearchParams({ email: 'linda@example.org', next: `${EVIL}/phish` }),
    });
    expect(posted.status).toBe(200);
    const link = new URL(lastLink(ctx.log));
    const callback = await ctx.app.request(`${link.pathname}${link.search}`);
    expect(callback.headers.get('location')).toBe('/');
  });

  it('accepts the sign-in form posted from the embedding origin, not from another one', async () => {
    const post = (origin: string) =>
      ctx.app.request('/auth/magic-link', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        body: new URLSearchParams({ email: 'max@example.org', next: '/' }),
      });
    expect((await post(SOEST)).status).toBe(200);
    expect((await post(EVIL)).status).toBe(403);
  });
});

describe('without embed origins', () => {
  let ctx: SeededApp;
  beforeAll(async () => {
    ctx = await seededApp();
  });
  afterAll(() => ctx.cleanup());

  it('grants CORS to nobody, keeps the cookie SameSite=Lax and refuses absolute next URLs', async () => {
    const res = await preflight(ctx, '/api/v1/me/applications', SOEST);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const signin = await ctx.app.request(`/signin?next=${encodeURIComponent(`${SOEST}/kirmes`)}`);
    expect(await signin.text()).toContain('name="next" value="/"');
    const posted = await ctx.app.request('/auth/magic-link', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE_URL },
      body: new URLSearchParams({ email: 'erika@example.org', next: '/' }),
    });
    expect(posted.status).toBe(200);
    const link = new URL(lastLink(ctx.log));
    const callback = await ctx.app.request(`${link.pathname}${link.search}`);
    expect(callback.headers.get('set-cookie')).toMatch(/; SameSite=Lax/);
  });

  it('serves the same Content-Security-Policy on its pages with and without embed origins', async () => {
    const embedding = await seededApp({ embedOrigins: [SOEST] });
    try {
      const plain = (await ctx.app.request('/')).headers.get('content-security-policy');
      const embedded = (await embedding.app.request('/')).headers.get('content-security-policy');
      expect(plain).toContain("frame-ancestors 'none'");
      expect(embedded).toBe(plain);
    } finally {
      embedding.cleanup();
    }
  });
});

describe('/festplatz-elements.js for an embedding page', () => {
  const { repo, dir, cleanup } = tempDb();
  const dist = mkdtempSync(join(tmpdir(), 'festplatz-embed-dist-'));
  writeFileSync(join(dist, 'festplatz-elements.js'), 'export const built = true;\n');
  const app = createApp({
    repo,
    mail: new OutboxMailTransport(join(dir, 'outbox')),
    baseUrl: 'https://festplatz.soest.de',
    embedOrigins: [SOEST],
    assetDirs: { kernDist: null, formRuntimeDist: dist, builderUiDist: null, serverPublic: null },
  });
  afterAll(() => {
    cleanup();
    rmSync(dist, { recursive: true, force: true });
  });

  it('is served at the root as JavaScript with a CORS grant for the embedding origin only', async () => {
    const res = await app.request('/festplatz-elements.js', { headers: { Origin: SOEST } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('access-control-allow-origin')).toBe(SOEST);
    expect(await res.text()).toContain('built = true');
    const other = await app.request('/festplatz-elements.js', { headers: { Origin: EVIL } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
