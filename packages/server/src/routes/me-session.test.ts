import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, FIXED_NOW, type SeededApp, seededApp } from '../../test/support.ts';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(FIXED_NOW.getTime() + minutes * MINUTE);
const iso = (minutes: number) => at(minutes).toISOString();

describe('/api/v1/me/session (A11Y-5, AUTH-6)', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  const info = (cookie: string) => ctx.json('/api/v1/me/session', { cookie });
  // A browser's fetch() sends its Origin with every POST; without one the CSRF check refuses a bodiless POST.
  const extend = (cookie: string) =>
    ctx.json('/api/v1/me/session/extend', { method: 'POST', cookie, headers: { Origin: BASE_URL } });

  it('tells when the session ends: 60 idle minutes after sign-in, at most 12 hours', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const res = await info(cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ expiresAt: iso(60), maxExpiresAt: iso(12 * 60) });
  });

  it('extends the session from now and renews the cookie with the new expiry', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    ctx.clock.now = at(50);
    const res = await extend(cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ expiresAt: iso(110), maxExpiresAt: iso(12 * 60) });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toContain(`${cookie};`);
    expect(setCookie).toContain(`Expires=${at(110).toUTCString()}`);
    ctx.clock.now = at(100);
    expect(await (await info(cookie)).json()).toMatchObject({ expiresAt: iso(110) });
  });

  it('counts a change (any non-GET request) as activity, at most once per 10 minutes, but not reading', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const save = () =>
      ctx.json('/api/v1/me/drafts', {
        method: 'POST',
        cookie,
        body: { editionId: 'allerheiligenkirmes-2026', data: {} },
      });
    ctx.clock.now = at(30);
    expect((await info(cookie)).status).toBe(200);
    expect(await (await info(cookie)).json()).toMatchObject({ expiresAt: iso(60) });
    const saved = await save();
    expect(saved.status).toBe(201);
    expect(saved.headers.get('set-cookie')).toContain(`Expires=${at(90).toUTCString()}`);
    expect(await (await info(cookie)).json()).toMatchObject({ expiresAt: iso(90) });
    ctx.clock.now = at(35);
    const again = await save();
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await (await info(cookie)).json()).toMatchObject({ expiresAt: iso(90) });
  });

  it('never extends past the absolute maximum', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    for (let minutes = 45; minutes <= 11 * 60 + 45; minutes += 45) {
      ctx.clock.now = at(minutes);
      expect((await extend(cookie)).status).toBe(200);
    }
    expect(await (await info(cookie)).json()).toMatchObject({ expiresAt: iso(12 * 60) });
    ctx.clock.now = at(12 * 60);
    expect((await info(cookie)).status).toBe(401);
  });

  it('answers 401 for an expired session, to the extension as well', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    ctx.clock.now = at(60);
    expect((await info(cookie)).status).toBe(401);
    const res = await extend(cookie);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('extends only the session of the cookie sent, never another user’s', async () => {
    ctx = await seededApp();
    const erika = await ctx.signIn('erika@example.org');
    ctx.clock.now = at(10);
    const max = await ctx.signIn('max@example.org');
    ctx.clock.now = at(40);
    expect(await (await extend(max)).json()).toMatchObject({ expiresAt: iso(100) });
    expect(await (await info(erika)).json()).toMatchObject({ expiresAt: iso(60) });
    expect((await extend('__Host-festplatz_session=forged')).status).toBe(401);
  });

  it('refuses a cross-site or origin-less POST like every other one (CSRF)', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    ctx.clock.now = at(30);
    const attempts: Record<string, string>[] = [{ Origin: 'https://evil.example' }, {}];
    for (const headers of attempts) {
      const res = await ctx.json('/api/v1/me/session/extend', { method: 'POST', cookie, headers });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await (await info(cookie)).json()).toMatchObject({ expiresAt: iso(60) });
  });
});

describe('session warning on server-rendered pages', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('gives a signed-in applicant a live region, an extend button and the script that drives them', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const page = await (await ctx.app.request('/', { headers: { Cookie: cookie } })).text();
    expect(page).toContain('<script type="module" src="/assets/festplatz-session.js"></script>');
    expect(page).toContain(`data-session-expires-at="${iso(60)}"`);
    expect(page).toContain('data-session-warn-seconds="300"');
    expect(page).toContain('data-session-warning="Ihre Sitzung endet um {time}."');
    expect(page).toMatch(/<p [^>]*role="status" aria-live="polite"[^>]*data-session-status><\/p>/);
    expect(page).toMatch(
      /<button type="button"[^>]*data-session-extend hidden>\s*<span class="kern-label">Sitzung verlängern/,
    );
    expect(page).toContain('href="/signin?next=%2F" data-session-sign-in hidden>Erneut anmelden</a>');
  });

  it('speaks English on English pages and is absent for visitors who are not signed in', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const english = await (await ctx.app.request('/?lang=en', { headers: { Cookie: cookie } })).text();
    expect(english).toContain('data-session-warning="Your session ends at {time}."');
    expect(english).toContain('Extend session');
    const anonymous = await (await ctx.app.request(`${BASE_URL}/`)).text();
    expect(anonymous).not.toContain('data-session-expires-at');
    expect(anonymous).not.toContain('festplatz-session.js');
  });
});
