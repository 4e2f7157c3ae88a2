import { afterEach, describe, expect, it } from 'vitest';
import { countRows, EDITION_ID, exampleJson, type SeededApp, seededApp } from '../../test/support.ts';

describe('/api/v1/me', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('is 401 with a problem when signed out', async () => {
    ctx = await seededApp();
    const res = await ctx.json('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', title: 'Anmeldung erforderlich' });
  });

  it('shows staff memberships', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('kirmesbuero@soest.example');
    expect(await (await ctx.json('/api/v1/me', { cookie })).json()).toMatchObject({
      email: 'kirmesbuero@soest.example',
      staffTenants: [{ tenantId: 'soest', role: 'admin' }],
    });
  });

  it('submits a valid application (201) and lists it as the applicant’s own', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const data = exampleJson('samples/ride-application.json');
    const res = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie,
      body: { editionId: EDITION_ID, data },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      state: 'submitted',
      editionId: EDITION_ID,
      submittedAt: '2026-01-10T09:00:00.000Z',
    });
    expect(res.headers.get('location')).toBe(`/api/v1/me/applications/${created.id}`);

    const list = await (await ctx.json('/api/v1/me/applications', { cookie })).json();
    expect(list).toEqual([
      {
        id: created.id,
        editionId: EDITION_ID,
        editionTitle: 'Allerheiligenkirmes 2026',
        state: 'submitted',
        submittedAt: created.submittedAt,
      },
    ]);
    const one = await ctx.json(`/api/v1/me/applications/${created.id}`, { cookie });
    expect((await one.json()).data).toEqual(data);

    // Another applicant neither sees it in the list nor by id (404, not 403).
    const other = await ctx.signIn('max@example.org');
    expect(await (await ctx.json('/api/v1/me/applications', { cookie: other })).json()).toEqual([]);
    const foreign = await ctx.json(`/api/v1/me/applications/${created.id}`, { cookie: other });
    expect(foreign.status).toBe(404);
  });

  it('answers invalid data with 422 naming the fields (German default, English on request) and stores nothing', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const data = structuredClone(exampleJson('samples/ride-application.json')) as {
      applicant: Record<string, unknown>;
    };
    data.applicant.email = 'kaputt';
    delete data.applicant.familyName;
    const body = { editionId: EDITION_ID, data };

    const de = await ctx.json('/api/v1/me/applications', { method: 'POST', cookie, body });
    expect(de.status).toBe(422);
    const problem = await de.json();
    expect(problem).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 422,
      type: 'urn:festplatz:problem:validation-failed',
    });
    const pointers = problem.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/applicant/email', '/applicant/familyName']));
    expect(problem.title).toBe('Angaben unvollständig oder fehlerhaft');

    const en = await (
      await ctx.json('/api/v1/me/applications', { method: 'POST', cookie, body, lang: 'en' })
    ).json();
    expect(en.title).toBe('Incomplete or invalid information');
    const messageOf = (p: typeof problem, ptr: string) =>
      p.errors.find((e: { pointer: string }) => e.pointer === ptr).message as string;
    expect(messageOf(en, '/applicant/email')).not.toBe(messageOf(problem, '/applicant/email'));

    expect(countRows(ctx.db, 'applications')).toBe(0);
    expect(countRows(ctx.db, 'application_events')).toBe(0);
  });

  it('refuses late submissions with APPLICATION_PERIOD_CLOSED (DATE-1)', async () => {
    ctx = await seededApp();
    ctx.clock.now = new Date('2026-02-09T23:00:00Z'); // 2026-02-10T00:00:00+01:00: one second after the close
    const cookie = await ctx.signIn('erika@example.org'); // after the clock moved: sessions last 12 h
    const res = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie,
      body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
    });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem).toMatchObject({ code: 'APPLICATION_PERIOD_CLOSED', title: 'Bewerbungsfrist abgelaufen' });
    expect(problem.detail).toContain('09.02.2026');
    expect(countRows(ctx.db, 'applications')).toBe(0);
  });

  it('answers malformed JSON and wrong bodies with 400 problems', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const broken = await ctx.app.request('/api/v1/me/applications', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: '{"editionId": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      code: 'BAD_REQUEST',
      detail: 'The request body is not valid JSON.',
    });

    const wrong = await ctx.json('/api/v1/me/applications', { method: 'POST', cookie, body: [1, 2] });
    expect(wrong.status).toBe(400);
    const unknown = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie,
      body: { editionId: 'nope', data: {} },
    });
    expect(unknown.status).toBe(404);
  });
});
