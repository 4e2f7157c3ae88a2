import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITION_ID, exampleJson, type SeededApp, seededApp } from '../../test/support.ts';
import type { PrefillDto } from '../api/prefill.ts';
import { type DemoHistory, seedDemoHistory } from '../demo/seed-history.ts';

// Apply again (issue 5): the 2026 form starts from the applicant's 2025 application of the same event type, without
// the Art. 13 acknowledgement and the consents, which are given anew for each submission (DS-1, DS-2).

const prefillPath = (editionId: string) => `/api/v1/me/prefill?editionId=${encodeURIComponent(editionId)}`;

describe('GET /api/v1/me/prefill', () => {
  let ctx: SeededApp;
  let history: DemoHistory;
  let aylin: string;
  beforeAll(async () => {
    ctx = await seededApp();
    history = await seedDemoHistory(ctx.repo);
    aylin = await ctx.signIn(history.applicantEmail);
  });
  afterAll(() => ctx.cleanup());

  it("offers the applicant's 2025 Kirmes answers for the 2026 Kirmes, without declarations and consents", async () => {
    const res = await ctx.json(prefillPath(EDITION_ID), { cookie: aylin });
    expect(res.status).toBe(200);
    const body = (await res.json()) as PrefillDto;
    const { privacy: _privacy, ...answers } = exampleJson(
      'samples/allerheiligenkirmes-imbiss-application.json',
    ) as Record<string, unknown>;
    expect(body).toEqual({
      fromApplicationId: history.applicationId,
      fromEditionId: 'allerheiligenkirmes-2025',
      fromEditionTitle: 'Allerheiligenkirmes 2025',
      submittedAt: '2025-01-20T09:30:00.000Z',
      hasDraft: false,
      data: answers,
    });
    const english = (await (
      await ctx.json(prefillPath(EDITION_ID), { cookie: aylin, lang: 'en' })
    ).json()) as PrefillDto;
    expect(english.fromEditionTitle).toBe("All Saints' Fair 2025");
  });

  it('is a complete application again once the applicant acknowledges the privacy information anew', async () => {
    const { data } = (await (
      await ctx.json(prefillPath(EDITION_ID), { cookie: aylin })
    ).json()) as PrefillDto;
    const without = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie: aylin,
      body: { editionId: EDITION_ID, data },
    });
    expect(without.status).toBe(422);
    const draft = await ctx.json('/api/v1/me/drafts', {
      method: 'POST',
      cookie: aylin,
      body: { editionId: EDITION_ID, data },
    });
    expect(draft.status).toBe(201);
    // With a draft for 2026 the form restores that instead of offering the old answers.
    const again = (await (await ctx.json(prefillPath(EDITION_ID), { cookie: aylin })).json()) as PrefillDto;
    expect(again.hasDraft).toBe(true);
    const { id } = (await draft.json()) as { id: string };
    const submitted = await ctx.json('/api/v1/me/applications', {
      method: 'POST',
      cookie: aylin,
      body: {
        editionId: EDITION_ID,
        draftId: id,
        data: { ...data, privacy: { informationAcknowledged: true } },
      },
    });
    expect(submitted.status).toBe(201);
    // The newest application of the event type is now the 2026 one, but it is the target edition: still 2025.
    const after = (await (await ctx.json(prefillPath(EDITION_ID), { cookie: aylin })).json()) as PrefillDto;
    expect(after.fromEditionId).toBe('allerheiligenkirmes-2025');
  });

  it('answers 204 for another applicant and for another event type, so nobody sees anyone else’s answers', async () => {
    const max = await ctx.signIn('max@example.org');
    expect((await ctx.json(prefillPath(EDITION_ID), { cookie: max })).status).toBe(204);
    expect((await ctx.json(prefillPath('pferdemarkt-2026'), { cookie: aylin })).status).toBe(204);
  });

  it('answers 404 for an unknown edition, 400 without one and 401 when signed out', async () => {
    expect((await ctx.json(prefillPath('no-such-edition'), { cookie: aylin })).status).toBe(404);
    expect((await ctx.json('/api/v1/me/prefill', { cookie: aylin })).status).toBe(400);
    expect((await ctx.json(prefillPath(EDITION_ID))).status).toBe(401);
  });
});
