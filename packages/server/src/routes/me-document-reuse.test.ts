import { join } from 'node:path';
import type { StoredDocument } from '@festplatz/case-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITION_ID, type SeededApp, seededApp } from '../../test/support.ts';
import type { DocumentDto } from '../api/document-dto.ts';
import type { PrefillDto } from '../api/prefill.ts';
import { type DemoHistory, seedDemoHistory } from '../demo/seed-history.ts';
import { blobStore } from '../uploads/blob-store.ts';

// Apply again with documents (issue 5, DOC-2): proofs from the 2025 Kirmes whose stated validity covers the 2026
// days (set-up 31 Oct to 8 Nov 2026) are offered for the 2026 case and taken over as the same stored file.

const PDF = new TextEncoder().encode('%PDF-1.4\n% Versicherungsbestätigung\n%%EOF\n');

describe('/api/v1/me/applications/:id/documents/reusable and /reuse', () => {
  let ctx: SeededApp;
  let history: DemoHistory;
  let aylin: string;
  let draftId: string;
  const docs: Record<string, StoredDocument> = {};

  beforeAll(async () => {
    ctx = await seededApp();
    history = await seedDemoHistory(ctx.repo);
    aylin = await ctx.signIn(history.applicantEmail);
    const blob = await blobStore(join(ctx.dir, 'blobs')).put(PDF);
    const old = await ctx.repo.findApplicantApplication(
      (await ctx.repo.ensureUser(history.applicantEmail)).id,
      history.applicationId,
    );
    if (!old) throw new Error('setup: no 2025 case');
    const add = (kindId: string, validUntil: string | null, fileName: string) =>
      ctx.repo.documents.add({
        tenantId: old.tenantId,
        applicationId: old.id,
        applicantId: old.applicantId,
        kindId,
        blob: { sha256: blob.sha256, mediaType: 'application/pdf', size: blob.size },
        fileName,
        validFrom: null,
        validUntil,
        now: ctx.clock.now,
      });
    docs.insurance = await add('liability_insurance', '2026-12-31', 'haftpflicht-2026.pdf');
    docs.expired = await add('liability_insurance', '2026-11-05', 'haftpflicht-alt.pdf');
    docs.card = await add('reisegewerbekarte', null, 'reisegewerbekarte.pdf');
    docs.description = await add('business_description', null, 'beschreibung.pdf');
    const prefill = (await (
      await ctx.json(`/api/v1/me/prefill?editionId=${EDITION_ID}`, { cookie: aylin })
    ).json()) as PrefillDto;
    const draft = await ctx.json('/api/v1/me/drafts', {
      method: 'POST',
      cookie: aylin,
      body: { editionId: EDITION_ID, data: prefill.data },
    });
    draftId = ((await draft.json()) as { id: string }).id;
  });
  afterAll(() => ctx.cleanup());

  const reusable = async (cookie: string, id = draftId) => {
    const res = await ctx.json(`/api/v1/me/applications/${id}/documents/reusable`, { cookie });
    return {
      status: res.status,
      ids: res.ok ? ((await res.json()) as { documents: DocumentDto[] }).documents.map((d) => d.id) : [],
    };
  };
  const reuse = (cookie: string, documentIds: unknown, id = draftId) =>
    ctx.json(`/api/v1/me/applications/${id}/documents/reuse`, {
      method: 'POST',
      cookie,
      body: { documentIds },
    });

  it('offers proofs whose validity covers the new event days, not expired ones or kinds without validity', async () => {
    const { status, ids } = await reusable(aylin);
    expect(status).toBe(200);
    expect(ids.sort()).toEqual([docs.insurance?.id, docs.card?.id].sort());
    // Where each offer comes from, so the applicant recognises it ("Aus Ihrer Bewerbung für …").
    const res = await ctx.json(`/api/v1/me/applications/${draftId}/documents/reusable`, { cookie: aylin });
    const offers = (await res.json()) as {
      documents: { fromEditionTitle: string; fromApplicationId: string }[];
    };
    expect(new Set(offers.documents.map((d) => d.fromEditionTitle))).toEqual(
      new Set(['Allerheiligenkirmes 2025']),
    );
    expect(new Set(offers.documents.map((d) => d.fromApplicationId))).toEqual(
      new Set([history.applicationId]),
    );
  });

  it('takes a proof over as the same stored file, unreviewed, and offers it no more', async () => {
    const res = await reuse(aylin, [docs.insurance?.id]);
    expect(res.status).toBe(201);
    const [copy] = ((await res.json()) as { documents: DocumentDto[] }).documents;
    expect(copy).toMatchObject({
      kindId: 'liability_insurance',
      fileName: 'haftpflicht-2026.pdf',
      validUntil: '2026-12-31',
      reviewStatus: 'pending',
    });
    const inCase = await ctx.repo.documents.list(draftId);
    expect(inCase.map((d) => [d.kindId, d.blobSha256])).toEqual([
      ['liability_insurance', docs.insurance?.blobSha256],
    ]);
    const content = await ctx.app.request(
      `/api/v1/me/applications/${draftId}/documents/${copy?.id}/content`,
      {
        headers: { Cookie: aylin },
      },
    );
    expect(content.status).toBe(200);
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(PDF);
    expect((await reusable(aylin)).ids).toEqual([docs.card?.id]);
  });

  it('refuses a document that is not offered (expired, or already taken over) with 404, taking nothing', async () => {
    expect((await reuse(aylin, [docs.expired?.id])).status).toBe(404);
    expect((await reuse(aylin, [docs.description?.id])).status).toBe(404);
    expect((await reuse(aylin, [docs.card?.id, docs.insurance?.id])).status).toBe(404);
    expect(await ctx.repo.documents.list(draftId)).toHaveLength(1);
    expect((await reuse(aylin, [])).status).toBe(400);
    expect((await reuse(aylin, 'all')).status).toBe(400);
  });

  it("answers 404 for another applicant's case and for another applicant's documents", async () => {
    const max = await ctx.signIn('max@example.org');
    expect((await reusable(max)).status).toBe(404);
    expect((await reuse(max, [docs.card?.id])).status).toBe(404);
    const maxDraft = await ctx.json('/api/v1/me/drafts', {
      method: 'POST',
      cookie: max,
      body: { editionId: EDITION_ID, data: { applicant: { givenName: 'Max' } } },
    });
    const maxDraftId = ((await maxDraft.json()) as { id: string }).id;
    expect((await reusable(max, maxDraftId)).ids).toEqual([]);
    expect((await reuse(max, [docs.card?.id], maxDraftId)).status).toBe(404);
    expect(await ctx.repo.documents.list(maxDraftId)).toEqual([]);
  });
});
