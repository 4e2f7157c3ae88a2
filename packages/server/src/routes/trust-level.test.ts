// AUTH-2: a form's minimum trust level, enforced at submit (403 TRUST_LEVEL_TOO_LOW, German text naming the level
// and offering BundID) and announced on the form page; the submitted event records how the applicant signed in
// (AUTH-2) and the company acted for (AUTH-4). Real HTTP, real SQLite, a real OpenID provider on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcWorld, STRICT_EDITION_ID } from '../../test/oidc-world.ts';
import { EDITION_ID, exampleJson, jsonInit, lastLink, STAFF_EMAIL } from '../../test/support.ts';

let world: Awaited<ReturnType<typeof oidcWorld>>;
beforeAll(async () => {
  world = await oidcWorld();
});
afterAll(async () => {
  await world.close();
});

const sample = () => exampleJson('samples/ride-application.json');
const submit = (cookie: string, editionId: string, lang = 'de') =>
  fetch(
    `${world.server.baseUrl}/api/v1/me/applications`,
    jsonInit({ method: 'POST', cookie, lang, body: { editionId, data: sample() } }),
  );
const submittedPayload = async (id: string) =>
  (await world.repo.applicationEvents(id)).find((e) => e.type === 'submitted')?.payload as Record<
    string,
    unknown
  >;
const applicationCount = () =>
  (world.db.sqlite.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n;

/** Signs in by e-mail link over HTTP (trust level basis) and returns the Cookie header value. */
async function emailSignIn(email: string): Promise<string> {
  const base = world.server.baseUrl;
  await fetch(`${base}/auth/magic-link`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
    body: new URLSearchParams({ email, next: '/' }),
  });
  const callback = await fetch(lastLink(world.log), { redirect: 'manual' });
  const cookie = callback.headers.getSetCookie().find((c) => c.startsWith('__Host-festplatz_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] as string;
}

describe('per-form minimum trust level (AUTH-2)', () => {
  it('tells an e-mail applicant on the form page, before any field, and offers BundID coming back to the form', async () => {
    const cookie = await emailSignIn('paula@example.org');
    const page = await (
      await fetch(`${world.server.baseUrl}/apply/${STRICT_EDITION_ID}`, { headers: { Cookie: cookie } })
    ).text();
    const notice = page.indexOf('Für diese Bewerbung ist eine sichere Anmeldung nötig');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(page.indexOf('<festplatz-application-form'));
    expect(page).toContain('„substanziell (zum Beispiel ELSTER-Zertifikat)“');
    expect(page).toContain(`href="/auth/oidc/start?next=%2Fapply%2F${STRICT_EDITION_ID}"`);
    // The Soest form itself is open to e-mail sign-in: no notice there.
    const open = await (
      await fetch(`${world.server.baseUrl}/apply/${EDITION_ID}`, { headers: { Cookie: cookie } })
    ).text();
    expect(open).not.toContain('sichere Anmeldung nötig');
  });

  it('names the minimum in the form DTO: substanziell for the strict form, basis for the Soest example', async () => {
    const strict = await (
      await fetch(`${world.server.baseUrl}/api/v1/editions/${STRICT_EDITION_ID}/form`)
    ).json();
    const soest = await (await fetch(`${world.server.baseUrl}/api/v1/editions/${EDITION_ID}/form`)).json();
    expect(strict).toMatchObject({ minimumTrustLevel: 'substanziell' });
    expect(soest).toMatchObject({ minimumTrustLevel: 'basis' });
  });

  it('refuses an e-mail (basis) submission on a substanziell form with 403 and a German reason; nothing is stored', async () => {
    const cookie = await emailSignIn('paula@example.org');
    const before = applicationCount();
    const res = await submit(cookie, STRICT_EDITION_ID);
    expect(res.status).toBe(403);
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      code: 'FORBIDDEN',
      requiredTrustLevel: 'substanziell',
      trustLevel: 'basis',
      serviceName: 'BundID',
      signInUrl: `/auth/oidc/start?next=%2Fapply%2F${STRICT_EDITION_ID}`,
    });
    expect(problem.detail).toBe(
      'Zum Abschicken dieser Bewerbung ist eine Anmeldung mit dem Vertrauensniveau „substanziell (zum Beispiel ELSTER-Zertifikat)“ oder höher nötig. Sie sind mit „Basis (E-Mail-Link oder Benutzername und Passwort)“ angemeldet. Bitte melden Sie sich mit BundID an; Ihr Entwurf bleibt gespeichert.',
    );
    expect(applicationCount()).toBe(before);
    const english = (await (await submit(cookie, STRICT_EDITION_ID, 'en')).json()) as { detail: string };
    expect(english.detail).toContain('requires a sign-in with the trust level “substantial');
  });

  it('accepts the e-mail sign-in where the form says basis, and records email/basis with the submission', async () => {
    const res = await submit(await emailSignIn('paula@example.org'), EDITION_ID);
    expect(res.status).toBe(201);
    const payload = await submittedPayload(((await res.json()) as { id: string }).id);
    expect(payload).toMatchObject({ authMethod: 'email', trustLevel: 'basis' });
    expect(payload).not.toHaveProperty('representing');
  });

  it('accepts a hoch sign-in (Online-Ausweis) on the substanziell form and records it in the submitted event', async () => {
    const { cookie } = await world.signIn('erika-ausweis');
    const res = await submit(cookie, STRICT_EDITION_ID);
    expect(res.status).toBe(201);
    const payload = await submittedPayload(((await res.json()) as { id: string }).id);
    expect(payload).toMatchObject({ authMethod: 'oidc', trustLevel: 'hoch' });
    expect(payload).not.toHaveProperty('representing');
  });

  it('records the company with a submission made through an organisation account (AUTH-4)', async () => {
    const { cookie } = await world.signIn('julia-unternehmen');
    const res = await submit(cookie, STRICT_EDITION_ID);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const representing = {
      organisationName: 'Schaustellerbetrieb Muster GmbH',
      organisationId: 'DE-UK-0000123',
      role: 'Geschäftsführerin',
    };
    expect(await submittedPayload(id)).toMatchObject({
      authMethod: 'oidc',
      trustLevel: 'substanziell',
      representing,
    });
    // The office sees it on the case: signed in with the company account, acting for the company.
    const staff = await emailSignIn(STAFF_EMAIL);
    const detail = await fetch(
      `${world.server.baseUrl}/api/v1/admin/applications/${id}`,
      jsonInit({ cookie: staff }),
    );
    expect(await detail.json()).toMatchObject({
      signIn: { authMethod: 'oidc', trustLevel: 'substanziell', representing },
    });
  });
});
