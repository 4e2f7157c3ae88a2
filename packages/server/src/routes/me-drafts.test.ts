import { afterEach, describe, expect, it } from 'vitest';
import { countRows, EDITION_ID, exampleJson, type SeededApp, seededApp } from '../../test/support.ts';

// Drafts (saved before submitting, e.g. by the form's autosave) and retried submissions (Idempotency-Key).

describe('/api/v1/me drafts and idempotent submission', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  const sample = () => exampleJson('samples/ride-application.json') as Record<string, unknown>;

  it('creates a draft (201), saves it again (200), refuses a stale version (409) and submits it (201)', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const created = await ctx.json('/api/v1/me/drafts', {
      method: 'POST',
      cookie,
      body: { editionId: EDITION_ID, data: { applicant: { givenName: 'Erika' } } },
    });
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(draft).toMatchObject({ state: 'draft', version: 1, editionId: EDITION_ID });

    const saved = await ctx.json(`/api/v1/me/drafts/${draft.id}`, {
      method: 'PUT',
      cookie,
      body: { data: { applicant: { givenName: 'Erika', familyName: 'Muster' } }, version: 1 },
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ id: draft.id, state: 'draft', version: 2 });

    const stale = await ctx.json(`/api/v1/me/drafts/${draft.id}`, {
      method: 'PUT',
      cookie,
      body: { data: {}, version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'CONFLICT', version: 2 });

    const mine = await (await ctx.json(`/api/v1/me/applications/${draft.id}`, { cookie })).json();
    expect(mine.data).toEqual({ applicant: { givenName: 'Erika', familyName: 'Muster' } });

    const submitted = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie,
      body: { editionId: EDITION_ID, draftId: draft.id, data: sample() },
    });
    expect(submitted.status).toBe(201);
    expect(await submitted.json()).toMatchObject({ id: draft.id, state: 'submitted' });
    expect(countRows(ctx.db, 'applications')).toBe(1);
  });

  it('hides another applicant’s draft (404) and changes nothing', async () => {
    ctx = await seededApp();
    const owner = await ctx.signIn('erika@example.org');
    const draft = await (
      await ctx.json('/api/v1/me/drafts', {
        method: 'POST',
        cookie: owner,
        body: { editionId: EDITION_ID, data: { applicant: { givenName: 'Erika' } } },
      })
    ).json();
    const other = await ctx.signIn('max@example.org');
    const put = await ctx.json(`/api/v1/me/drafts/${draft.id}`, {
      method: 'PUT',
      cookie: other,
      body: { data: { applicant: { givenName: 'Max' } } },
    });
    expect(put.status).toBe(404);
    const submit = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie: other,
      body: { editionId: EDITION_ID, draftId: draft.id, data: sample() },
    });
    expect(submit.status).toBe(404);
    const mine = await (await ctx.json(`/api/v1/me/applications/${draft.id}`, { cookie: owner })).json();
    expect(mine).toMatchObject({ state: 'draft', data: { applicant: { givenName: 'Erika' } } });
  });

  it('answers a retried submission with the same case (200) and a reused key with other data with 409', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const send = (data: unknown, lang?: string) =>
      ctx.json('/api/v1/me/applications', {
        method: 'POST',
        cookie,
        body: { editionId: EDITION_ID, data },
        headers: { 'Idempotency-Key': 'form-4711' },
        ...(lang ? { lang } : {}),
      });
    const first = await send(sample());
    expect(first.status).toBe(201);
    const { id } = await first.json();
    const retry = await send(sample());
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ id, state: 'submitted' });
    expect(countRows(ctx.db, 'applications')).toBe(1);
    const events = countRows(ctx.db, 'application_events');

    const changed = sample() as { applicant: Record<string, unknown> };
    changed.applicant = { ...changed.applicant, givenName: 'Erik' };
    const reused = await send(changed);
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({
      code: 'CONFLICT',
      detail: expect.stringContaining('bereits mit anderen Angaben abgeschickt'),
    });
    const reusedEn = await send(changed, 'en');
    expect((await reusedEn.json()).detail).toContain('already sent with different details');
    expect(countRows(ctx.db, 'applications')).toBe(1);
    expect(countRows(ctx.db, 'application_events')).toBe(events);
  });
});

describe('drafts and the office', () => {
  it('staff neither list nor open a draft (404) until it is submitted', async () => {
    const ctx = await seededApp();
    try {
      const applicant = await ctx.signIn('erika@example.org');
      const draft = await (
        await ctx.json('/api/v1/me/drafts', {
          method: 'POST',
          cookie: applicant,
          body: { editionId: EDITION_ID, data: { applicant: { givenName: 'Erika' } } },
        })
      ).json();
      const staff = await ctx.signIn('kirmesbuero@soest.example');
      expect((await (await ctx.json('/api/v1/admin/applications', { cookie: staff })).json()).items).toEqual(
        [],
      );
      expect((await ctx.json(`/api/v1/admin/applications/${draft.id}`, { cookie: staff })).status).toBe(404);
    } finally {
      ctx.cleanup();
    }
  });
});
