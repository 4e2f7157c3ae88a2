import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, exampleJson, type SeededApp, STAFF_EMAIL, seededApp } from '../../test/support.ts';

describe('pages', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('renders the start page in German with layout landmarks, the edition, the demo notice and a sign-in link', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('href="#main"');
    expect(page).toContain('<main id="main"');
    expect(page).toContain('/assets/kern/kern.min.css');
    expect(page).toContain('Allerheiligenkirmes 2026');
    expect(page).toContain(`href="/apply/${EDITION_ID}"`);
    expect(page).toContain('Jetzt bewerben');
    expect(page).toContain('Vorführung: Die Bewerbungsfrist wurde verschoben');
    expect(page).toContain('href="/signin?next=%2F"');
  });

  it('switches to English with ?lang=en and remembers it in a cookie', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request('/?lang=en');
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Apply now');
    const cookie = res.headers.get('set-cookie')?.match(/festplatz_lang=en/)?.[0];
    expect(cookie).toBe('festplatz_lang=en');
    const next = await (
      await ctx.app.request('/signin', { headers: { Cookie: 'festplatz_lang=en' } })
    ).text();
    expect(next).toContain('<html lang="en">');
    expect(next).toContain('E-mail address');
    expect(next).toContain('href="/signin?lang=de"');
  });

  it('escapes user-controlled values', async () => {
    ctx = await seededApp();
    const page = await (await ctx.app.request('/signin?next=/"><script>alert(1)</script>')).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;');
  });

  it('lists my applications when signed in', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie,
      body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
    });
    const page = await (await ctx.app.request('/', { headers: { Cookie: cookie } })).text();
    expect(page).toContain('Meine Bewerbungen');
    expect(page).toContain('Eingereicht');
    expect(page).toContain('Abmelden');
    expect(page).toContain('erika@example.org');
  });

  it('sends signed-out visitors of /apply to the sign-in page and back', async () => {
    ctx = await seededApp();
    const res = await ctx.app.request(`/apply/${EDITION_ID}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(`/apply/${EDITION_ID}`)}`);
  });

  it('hosts the form element on /apply for a signed-in applicant', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const page = await (
      await ctx.app.request(`/apply/${EDITION_ID}?lang=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(page).toContain(`<festplatz-application-form edition="${EDITION_ID}" lang="en">`);
    expect(page).toContain('src="/assets/festplatz-elements.js"');
  });

  it('guards /admin: sign-in when signed out, 403 page for applicants, the list element for staff', async () => {
    ctx = await seededApp();
    expect((await ctx.app.request('/admin')).headers.get('location')).toBe('/signin?next=%2Fadmin');
    const applicant = await ctx.signIn('erika@example.org');
    const denied = await ctx.app.request('/admin', { headers: { Cookie: applicant } });
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('Kein Zugriff');
    const staff = await ctx.signIn(STAFF_EMAIL);
    const list = await (await ctx.app.request('/admin', { headers: { Cookie: staff } })).text();
    expect(list).toContain('<festplatz-application-list lang="de">');
    expect(list).toContain('src="/assets/festplatz-admin.js"');
    const detail = await (
      await ctx.app.request('/admin/applications/abc', { headers: { Cookie: staff } })
    ).text();
    expect(detail).toContain('<festplatz-application-detail application-id="abc" lang="de">');
  });
});
