import { recordScore, requestDocuments, startReview } from '@festplatz/case-engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  EDITION_ID,
  exampleJson,
  FIXED_NOW,
  type SeededApp,
  seededApp,
} from '../../test/support.ts';

// Soest's bundle: Art. 13 information version 2026-1 and the optional consent publish_in_programme.
const NOTICE = '2026-1';
const CONSENT = 'publish_in_programme';

interface FormDto {
  privacy: {
    information: { version: string; text: string };
    consents: { id: string; title: string; text: string; textVersion: string; default?: unknown }[];
  };
}

describe('Art. 13 information, optional consents, status and receipt of the applicant (DS-1, DS-2, DATE-1)', () => {
  let ctx: SeededApp;
  let erika: string;
  let consentVersion: string;
  beforeEach(async () => {
    ctx = await seededApp();
    erika = await ctx.signIn('erika@example.org');
    const form = (await (await ctx.json(`/api/v1/editions/${EDITION_ID}/form`)).json()) as FormDto;
    consentVersion = form.privacy.consents.find((c) => c.id === CONSENT)?.textVersion ?? '';
  });
  afterEach(() => ctx.cleanup());

  const submit = (body: Record<string, unknown>, cookie = erika) =>
    ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie,
      body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json'), ...body },
    });
  const submitted = async (body: Record<string, unknown>) => {
    const res = await submit(body);
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  // A bodiless POST counts as a form post for CSRF: browsers send their Origin with it.
  const withdraw = (id: string, consentId: string, cookie: string) =>
    ctx.json(`/api/v1/me/applications/${id}/consents/${consentId}/withdraw`, {
      method: 'POST',
      cookie,
      headers: { Origin: BASE_URL },
    });
  const submittedEntry = async (id: string) =>
    (await ctx.repo.applicationEvents(id)).find((e) => e.type === 'submitted')?.payload as Record<
      string,
      unknown
    >;

  it('the form carries the Art. 13 text with its version and the consents, none pre-ticked', async () => {
    const res = await ctx.json(`/api/v1/editions/${EDITION_ID}/form`, { lang: 'en' });
    const { privacy } = (await res.json()) as FormDto;
    expect(privacy.information.version).toBe(NOTICE);
    expect(privacy.information.text).toMatch(/^Privacy information under Article 13/);
    expect(privacy.consents).toHaveLength(1);
    expect(privacy.consents[0]).toMatchObject({ id: CONSENT, title: 'Publication in the fair programme' });
    expect(privacy.consents[0]?.textVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(privacy.consents[0]).not.toHaveProperty('default');
  });

  it('DS-2: the submission records the version of the information shown', async () => {
    const id = await submitted({ privacyNoticeVersion: NOTICE, consents: [] });
    expect(await submittedEntry(id)).toMatchObject({ privacyNoticeVersion: NOTICE, consents: [] });
    expect(await ctx.repo.listConsents('soest', id)).toEqual([]);
  });

  it('DS-2: an outdated version is refused with "read it again", and nothing is stored', async () => {
    const res = await submit({ privacyNoticeVersion: '2025-3' });
    expect(res.status).toBe(409);
    const problem = (await res.json()) as { code: string; detail: string; currentVersion: string };
    expect(problem.code).toBe('CONFLICT');
    expect(problem.currentVersion).toBe(NOTICE);
    expect(problem.detail).toMatch(/Datenschutzhinweise .* geändert.*neue Fassung/);
    const changedConsent = await submit({
      privacyNoticeVersion: NOTICE,
      consents: [{ id: CONSENT, textVersion: '0000000000000000' }],
    });
    expect(changedConsent.status).toBe(409);
    const unknown = await submit({ consents: [{ id: 'newsletter', textVersion: consentVersion }] });
    expect(unknown.status).toBe(400);
    expect(
      await ctx.repo.listApplicantApplications((await ctx.repo.ensureUser('erika@example.org')).id),
    ).toEqual([]);
  });

  it('DS-1: a consent given is stored with text version and time; withdrawn with the time, twice harmlessly', async () => {
    const id = await submitted({
      privacyNoticeVersion: NOTICE,
      consents: [{ id: CONSENT, textVersion: consentVersion }],
    });
    expect(await submittedEntry(id)).toMatchObject({
      consents: [{ id: CONSENT, textVersion: consentVersion }],
    });
    const [stored] = await ctx.repo.listConsents('soest', id);
    expect(stored).toMatchObject({ consentId: CONSENT, textVersion: consentVersion, givenAt: FIXED_NOW });
    expect(stored?.withdrawnAt).toBeNull();

    // Within the session's idle limit (AUTH-6), so the applicant stays signed in.
    const withdrawAt = new Date('2026-01-10T09:20:00Z');
    ctx.clock.now = withdrawAt;
    const first = await withdraw(id, CONSENT, erika);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      id: CONSENT,
      title: 'Veröffentlichung im Kirmesprogramm',
      textVersion: consentVersion,
      givenAt: FIXED_NOW.toISOString(),
      withdrawnAt: withdrawAt.toISOString(),
    });
    ctx.clock.now = new Date('2026-01-10T09:40:00Z');
    const again = await withdraw(id, CONSENT, erika);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { withdrawnAt: string }).withdrawnAt).toBe(withdrawAt.toISOString());

    // The applicant's case view and the staff detail both show it withdrawn.
    const mine = (await (await ctx.json(`/api/v1/me/applications/${id}`, { cookie: erika })).json()) as {
      consents: { withdrawnAt: string | null }[];
    };
    expect(mine.consents).toEqual([
      expect.objectContaining({ id: CONSENT, withdrawnAt: withdrawAt.toISOString() }),
    ]);
    const staff = await ctx.signIn('kirmesbuero@soest.example');
    const detail = (await (await ctx.json(`/api/v1/admin/applications/${id}`, { cookie: staff })).json()) as {
      consents: unknown[];
    };
    expect(detail.consents).toEqual(mine.consents);

    // Not given, or not theirs: 404, and nothing changes.
    expect((await withdraw(id, 'newsletter', erika)).status).toBe(404);
    const max = await ctx.signIn('max@example.org');
    expect((await withdraw(id, CONSENT, max)).status).toBe(404);
    expect((await ctx.repo.listConsents('soest', id))[0]?.withdrawnAt).toEqual(withdrawAt);
  });

  it('status: the case view names the requested documents and due date, and nothing staff-only', async () => {
    const id = await submitted({ privacyNoticeVersion: NOTICE });
    const clerk = await ctx.repo.ensureUser('kirmesbuero@soest.example');
    const cmd = { tenantId: 'soest', applicationId: id, actorId: clerk.id, now: FIXED_NOW };
    expect((await startReview(ctx.repo, cmd)).ok).toBe(true);
    const scored = await recordScore(ctx.repo, {
      ...cmd,
      criterionId: 'experience',
      points: 3,
      justification: 'INTERN: secret note',
    });
    expect(scored.ok).toBe(true);
    const due = new Date('2026-02-01T22:59:00Z');
    expect(
      (await requestDocuments(ctx.repo, { ...cmd, documents: ['liability_insurance'], dueAt: due })).ok,
    ).toBe(true);
    const res = await ctx.json(`/api/v1/me/applications/${id}`, { cookie: erika });
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      state: 'documents_requested',
      stateLabel: expect.any(String),
      timeZone: 'Europe/Berlin',
      documentsRequested: {
        dueAt: due.toISOString(),
        documents: [{ id: 'liability_insurance', title: expect.any(String) }],
      },
      payment: null,
      receipt: { dataHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(JSON.stringify(body)).not.toContain('secret note');
  });

  it('receipt: printable page and tagged PDF for the own submitted case only', async () => {
    const id = await submitted({
      privacyNoticeVersion: NOTICE,
      consents: [{ id: CONSENT, textVersion: consentVersion }],
    });
    const { dataHash } = (await submittedEntry(id)) as { dataHash: string };
    const page = await ctx.app.request(`/applications/${id}/receipt`, { headers: { Cookie: erika } });
    expect(page.status).toBe(200);
    const text = await page.text();
    for (const fact of [
      id,
      dataHash,
      FIXED_NOW.toISOString(),
      '10.01.2026, 10:00 Uhr',
      NOTICE,
      consentVersion,
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain('Veröffentlichung im Kirmesprogramm');

    const pdf = await ctx.app.request(`/api/v1/me/applications/${id}/receipt.pdf?lang=en`, {
      headers: { Cookie: erika },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`Acknowledgement-of-receipt-${id}.pdf`);
    const bytes = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes).toMatch(/\/StructTreeRoot/);
    expect(bytes).toMatch(/\/Lang \(en-GB\)/);

    // Someone else, signed out, or a draft: no receipt.
    const max = await ctx.signIn('max@example.org');
    expect((await ctx.app.request(`/applications/${id}/receipt`, { headers: { Cookie: max } })).status).toBe(
      404,
    );
    expect(
      (await ctx.app.request(`/api/v1/me/applications/${id}/receipt.pdf`, { headers: { Cookie: max } }))
        .status,
    ).toBe(404);
    const signedOut = await ctx.app.request(`/applications/${id}/receipt`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe(
      `/signin?next=${encodeURIComponent(`/applications/${id}/receipt`)}`,
    );
    const draft = await ctx.json('/api/v1/me/drafts', {
      method: 'POST',
      cookie: erika,
      body: { editionId: EDITION_ID, data: {} },
    });
    const draftId = ((await draft.json()) as { id: string }).id;
    expect(
      (await ctx.app.request(`/applications/${draftId}/receipt`, { headers: { Cookie: erika } })).status,
    ).toBe(404);
  }, 60_000);

  it('case page: linked from the start page, hosts the elements, 404 page for a foreign case', async () => {
    const id = await submitted({ privacyNoticeVersion: NOTICE });
    const home = await (await ctx.app.request('/', { headers: { Cookie: erika } })).text();
    expect(home).toContain(`href="/applications/${id}"`);
    const res = await ctx.app.request(`/applications/${id}`, { headers: { Cookie: erika } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1 class="kern-heading-large">Ihre Bewerbung für Allerheiligenkirmes 2026</h1>');
    for (const tag of ['festplatz-application-status', 'festplatz-documents', 'festplatz-messages']) {
      expect(html).toContain(`<${tag} application="${id}" lang="de">`);
    }
    expect(html).toContain(`href="/applications/${id}/receipt"`);
    expect(html).toContain(`href="/api/v1/me/applications/${id}/receipt.pdf?lang=de"`);
    const max = await ctx.signIn('max@example.org');
    const foreign = await ctx.app.request(`/applications/${id}`, { headers: { Cookie: max } });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toContain('Bewerbung nicht gefunden');
    expect((await ctx.app.request(`/applications/${id}`)).status).toBe(303);
  });
});
