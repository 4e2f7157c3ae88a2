import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, lastLink, type SeededApp, seededApp } from '../../test/support.ts';

const form = (body: Record<string, string>, origin: string | null = BASE_URL) => ({
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    ...(origin ? { Origin: origin } : {}),
  },
  body: new URLSearchParams(body),
});

describe('magic-link sign-in', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('mails a single-use link (German first), stores only its hash, and the callback opens a session', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request(
      '/auth/magic-link',
      form({ email: 'Erika@Example.org', next: '/apply/x' }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Wir haben Ihnen einen Anmeldelink geschickt');

    const files = readdirSync(join(ctx.dir, 'outbox'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(ctx.dir, 'outbox', files[0] as string), 'utf8');
    expect(eml).toMatch(/^To: Erika@example\.org$/im);
    expect(eml).toMatch(/^Subject: /m);
    const link = lastLink(ctx.log);
    const token = new URL(link).searchParams.get('token') as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes base64url
    expect(link.startsWith(`${BASE_URL}/auth/callback?token=`)).toBe(true);
    // The database only knows the hash.
    const rows = ctx.db.sqlite.prepare('SELECT * FROM magic_links').all();
    expect(JSON.stringify(rows)).not.toContain(token);

    const callback = await ctx.app.request(`/auth/callback?token=${token}`);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/apply/x');
    const cookie = callback.headers.get('set-cookie') ?? '';
    // http://localhost is a secure context, so the cookie is the same as in production (SEC-1).
    expect(cookie).toMatch(/^__Host-festplatz_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Secure');
    expect(cookie).not.toContain('Domain');

    const me = await ctx.json('/api/v1/me', { cookie: cookie.split(';')[0] });
    expect(await me.json()).toMatchObject({ email: 'erika@example.org', staffTenants: [] });

    // Single use: the second click shows the invalid-link page.
    const again = await ctx.app.request(`/auth/callback?token=${token}`);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('href="/signin"');
  });

  it('mail text is German first, then English', async () => {
    ctx = await seededApp();
    await ctx.app.request('/auth/magic-link', form({ email: 'a@example.org', next: '/' }));
    const file = readdirSync(join(ctx.dir, 'outbox'))[0] as string;
    const eml = readFileSync(join(ctx.dir, 'outbox', file), 'utf8').replace(/=\r?\n/g, '');
    expect(eml.indexOf('Guten Tag')).toBeGreaterThan(-1);
    expect(eml.indexOf('Guten Tag')).toBeLessThan(eml.indexOf('Hello'));
  });

  it('expires links after 15 minutes', async () => {
    ctx = await seededApp();
    await ctx.app.request('/auth/magic-link', form({ email: 'a@example.org', next: '/' }));
    const link = new URL(lastLink(ctx.log));
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 15 * 60_000 + 1000);
    const res = await ctx.app.request(`${link.pathname}${link.search}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Dieser Anmeldelink ist ungültig');
  });

  it('refuses unsafe next targets and falls back to /', async () => {
    ctx = await seededApp();
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      await ctx.app.request('/auth/magic-link', form({ email: 'a@example.org', next }));
      const link = new URL(lastLink(ctx.log));
      const res = await ctx.app.request(`${link.pathname}${link.search}`);
      expect(res.headers.get('location')).toBe('/');
    }
  });

  it('re-renders the form with a 400 for an invalid e-mail and sends nothing', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request('/auth/magic-link', form({ email: 'not-an-address', next: '/' }));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    expect(page).toContain('aria-invalid="true"');
    expect(ctx.log).toHaveLength(0);
  });

  it('answers the same for known and unknown accounts', async () => {
    ctx = await seededApp();
    const known = await ctx.app.request(
      '/auth/magic-link',
      form({ email: 'kirmesbuero@soest.example', next: '/' }),
    );
    const unknown = await ctx.app.request(
      '/auth/magic-link',
      form({ email: 'nobody@soest.example', next: '/' }),
    );
    const strip = (s: string) =>
      s.replaceAll('kirmesbuero@soest.example', 'X').replaceAll('nobody@soest.example', 'X');
    expect(known.status).toBe(unknown.status);
    expect(strip(await known.text())).toBe(strip(await unknown.text()));
  });

  it('rejects cross-site form posts (CSRF) with a 403 problem', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request(
      '/auth/magic-link',
      form({ email: 'a@example.org' }, 'https://evil.example'),
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(ctx.log).toHaveLength(0);
  });

  it('signs out: deletes the session and clears the cookie', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('a@example.org');
    const res = await ctx.app.request('/auth/sign-out', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: BASE_URL, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-festplatz_session=;.*Secure/);
    // The old cookie no longer works, even if a browser kept it.
    expect((await ctx.json('/api/v1/me', { cookie })).status).toBe(401);
  });
});
