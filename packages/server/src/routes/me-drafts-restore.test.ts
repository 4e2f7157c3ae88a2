import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_ID, exampleJson, type SeededApp, seededApp } from '../../test/support.ts';

// A11Y-5 / AUTH-6: the form autosaves drafts so a forced re-login loses nothing; coming back, it asks for the
// applicant's newest draft of the edition and continues from there.

describe('GET /api/v1/me/drafts?editionId=…', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  const saveDraft = async (cookie: string, data: unknown) =>
    (
      await ctx.json('/api/v1/me/drafts', { method: 'POST', cookie, body: { editionId: EDITION_ID, data } })
    ).json() as Promise<{ id: string; version: number }>;

  it('returns the applicant’s drafts of the edition, most recently saved first, with data and save time', async () => {
    ctx = await seededApp();
    const cookie = await ctx.signIn('erika@example.org');
    const older = await saveDraft(cookie, { applicant: { givenName: 'Erika' } });
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    const newer = await saveDraft(cookie, { applicant: { givenName: 'Erika', familyName: 'Muster' } });
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
    // Saving the older one again makes it the newest.
    await ctx.json(`/api/v1/me/drafts/${older.id}`, {
      method: 'PUT',
      cookie,
      body: { data: { applicant: { givenName: 'Erika', city: 'Soest' } }, version: older.version },
    });
    const res = await ctx.json(`/api/v1/me/drafts?editionId=${EDITION_ID}`, { cookie });
    expect(res.status).toBe(200);
    const drafts = await res.json();
    expect(drafts.map((d: { id: string }) => d.id)).toEqual([older.id, newer.id]);
    expect(drafts[0]).toEqual({
      id: older.id,
      editionId: EDITION_ID,
      version: 2,
      data: { applicant: { givenName: 'Erika', city: 'Soest' } },
      savedAt: ctx.clock.now.toISOString(),
    });
  });

  it('leaves out submitted cases, other editions and other applicants’ drafts', async () => {
    ctx = await seededApp();
    const erika = await ctx.signIn('erika@example.org');
    const draft = await saveDraft(erika, { applicant: { givenName: 'Erika' } });
    await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie: erika,
      body: { editionId: EDITION_ID, data: exampleJson('samples/ride-application.json') },
    });
    const max = await ctx.signIn('max@example.org');
    const mine = await (
      await ctx.json(`/api/v1/me/drafts?editionId=${EDITION_ID}`, { cookie: erika })
    ).json();
    expect(mine.map((d: { id: string }) => d.id)).toEqual([draft.id]);
    expect(
      await (await ctx.json(`/api/v1/me/drafts?editionId=${EDITION_ID}`, { cookie: max })).json(),
    ).toEqual([]);
    expect(
      await (await ctx.json('/api/v1/me/drafts?editionId=pferdemarkt-2026', { cookie: erika })).json(),
    ).toEqual([]);
  });

  it('answers 401 without a session and 400 without an edition', async () => {
    ctx = await seededApp();
    expect((await ctx.json(`/api/v1/me/drafts?editionId=${EDITION_ID}`)).status).toBe(401);
    const cookie = await ctx.signIn('erika@example.org');
    expect((await ctx.json('/api/v1/me/drafts', { cookie })).status).toBe(400);
  });
});

describe('GET /api/v1/editions/:id/form pages', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('sends the wizard pages with titles in the reader’s language', async () => {
    ctx = await seededApp();
    const de = await (await ctx.json(`/api/v1/editions/${EDITION_ID}/form`)).json();
    expect(de.pages).toHaveLength(5);
    expect(de.pages[1]).toEqual({
      id: 'geschaeft',
      title: 'Ihr Geschäft',
      fields: ['business', 'ride', 'offer', 'environment'],
    });
    const en = await (await ctx.json(`/api/v1/editions/${EDITION_ID}/form`, { lang: 'en' })).json();
    expect(en.pages[1].title).toBe('Your business');
  });
});
