// OpenID Connect sign-in against a real provider (oidc-provider on 127.0.0.1) over real HTTP: code flow with
// PKCE, state and nonce; trust level and company recorded per session (AUTH-2, AUTH-4); refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieBrowser } from '../../test/cookie-browser.ts';
import { oidcWorld } from '../../test/oidc-world.ts';

let world: Awaited<ReturnType<typeof oidcWorld>>;
beforeAll(async () => {
  world = await oidcWorld();
});
afterAll(async () => {
  await world.close();
});

const sessionRows = () =>
  world.db.sqlite
    .prepare(
      'SELECT u.email, s.auth_method, s.trust_level, s.representing FROM sessions s JOIN users u ON u.id = s.user_id ORDER BY s.created_at',
    )
    .all() as { email: string; auth_method: string; trust_level: string; representing: string | null }[];

describe('OIDC sign-in: the full code flow', () => {
  it('offers "Mit BundID anmelden (Demo)" on the sign-in page, leading to the start route', async () => {
    const page = await (await fetch(`${world.server.baseUrl}/signin?next=%2Fapply%2Fx`)).text();
    expect(page).toContain('Mit BundID anmelden (Demo)');
    expect(page).toContain('href="/auth/oidc/start?next=%2Fapply%2Fx"');
  });

  it('signs in at the provider and comes back signed in at trust level hoch (Online-Ausweis)', async () => {
    const { done, cookie, loginUrl, browser } = await world.signIn(
      'erika-ausweis',
      '/apply/allerheiligenkirmes-2026',
    );
    expect(loginUrl.startsWith(`${world.provider.issuer}/interaction/`)).toBe(true);
    expect(done.url).toBe(`${world.server.baseUrl}/apply/allerheiligenkirmes-2026`);
    expect(done.response.status).toBe(200);
    // The flow cookie is single use: gone once the provider's answer arrived.
    expect(browser.cookie(world.server.baseUrl, '__Host-festplatz_oidc')).toBeUndefined();
    const me = await fetch(`${world.server.baseUrl}/api/v1/me`, { headers: { Cookie: cookie } });
    expect(await me.json()).toMatchObject({
      email: 'erika.mustermann@bundid.example',
      authMethod: 'oidc',
      trustLevel: 'hoch',
      representing: null,
    });
    expect(sessionRows().at(-1)).toEqual({
      email: 'erika.mustermann@bundid.example',
      auth_method: 'oidc',
      trust_level: 'hoch',
      representing: null,
    });
  });

  it('records substanziell for an ELSTER sign-in and links the provider account to the user once', async () => {
    await world.signIn('max-elster');
    await world.signIn('max-elster');
    const rows = sessionRows().filter((r) => r.email === 'max.schausteller@bundid.example');
    expect(rows.map((r) => r.trust_level)).toEqual(['substanziell', 'substanziell']);
    const links = world.db.sqlite
      .prepare("SELECT issuer, subject FROM external_identities WHERE subject = 'max-elster'")
      .all();
    expect(links).toEqual([{ issuer: world.provider.issuer, subject: 'max-elster' }]);
  });

  it('records the company a person signs in for with an organisation account (AUTH-4)', async () => {
    // Julia applied by e-mail link before: the verified address joins the provider account to that user, so her
    // drafts and applications stay hers.
    const before = await world.repo.ensureUser('julia.muster@muster-gmbh.example');
    const { cookie } = await world.signIn('julia-unternehmen');
    const me = await fetch(`${world.server.baseUrl}/api/v1/me`, { headers: { Cookie: cookie } });
    expect(((await me.json()) as { id: string }).id).toBe(before.id);
    const row = sessionRows().at(-1);
    expect(row?.trust_level).toBe('substanziell');
    expect(JSON.parse(row?.representing ?? 'null')).toEqual({
      organisationName: 'Schaustellerbetrieb Muster GmbH',
      organisationId: 'DE-UK-0000123',
      role: 'Geschäftsführerin',
    });
  });
});

describe('OIDC sign-in: refusals', () => {
  it('refuses an answer whose state does not match this browser’s attempt, in German, and signs no one in', async () => {
    const sessionsBefore = sessionRows().length;
    const browser = new CookieBrowser();
    const login = await browser.navigate(`${world.server.baseUrl}/auth/oidc/start`);
    const action = (await login.response.text()).match(/action="([^"]+)"/)?.[1] as string;
    // Submit the login but stop before the callback; then deliver it with a forged state.
    let response = await browser.request(new URL(action, login.url).toString(), {
      form: { account: 'erika-ausweis' },
    });
    while (!response.headers.get('location')?.startsWith(world.server.baseUrl)) {
      response = await browser.request(
        new URL(response.headers.get('location') as string, login.url).toString(),
      );
    }
    const callback = new URL(response.headers.get('location') as string);
    expect(callback.searchParams.get('code')).toBeTruthy();
    callback.searchParams.set('state', 'forged');
    const refused = await browser.request(callback.toString());
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(text).toContain('Anmeldung nicht abgeschlossen');
    expect(text).toContain('nicht in diesem Browser begonnen');
    expect(browser.cookie(world.server.baseUrl, '__Host-festplatz_session')).toBeUndefined();
    expect(sessionRows()).toHaveLength(sessionsBefore);
  });

  it('refuses a callback without the flow cookie (another browser), in English when asked', async () => {
    const refused = await fetch(`${world.server.baseUrl}/auth/oidc/callback?code=x&state=y`, {
      headers: { 'Accept-Language': 'en' },
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('was not started in this browser');
  });

  it('explains a cancelled sign-in (the provider answers access_denied)', async () => {
    const browser = new CookieBrowser();
    const login = await browser.navigate(`${world.server.baseUrl}/auth/oidc/start`);
    const uid = login.url.split('/interaction/')[1];
    const back = await browser.navigate(`${world.provider.issuer}/interaction/${uid}/abort`, { form: {} });
    expect(back.url.startsWith(`${world.server.baseUrl}/auth/oidc/callback?error=access_denied`)).toBe(true);
    expect(back.response.status).toBe(400);
    expect(await back.response.text()).toContain('Sie haben die Anmeldung beim Anmeldedienst abgebrochen');
  });

  it('says the sign-in service is unreachable when discovery fails', async () => {
    const { createApp } = await import('../app.ts');
    const app = createApp({
      repo: world.repo,
      mail: { send: async () => {} },
      baseUrl: 'http://localhost',
      logError: () => {},
      oidc: {
        issuer: 'http://127.0.0.1:9',
        clientId: 'x',
        clientSecret: 'y',
        name: 'BundID',
        allowHttp: true,
      },
    });
    const res = await app.request('/auth/oidc/start', { headers: { 'Accept-Language': 'de' } });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('Der Anmeldedienst ist gerade nicht erreichbar');
  });
});
