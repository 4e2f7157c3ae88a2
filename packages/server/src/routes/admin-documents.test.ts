import { afterEach, describe, expect, it } from 'vitest';
import { grantStaff, type SeededApp, seededAppWithSubmission } from '../../test/support.ts';
import { samplePdf } from '../uploads/testing/sample-files.ts';

// The office's side of a case's documents: the same overview, downloads as attachments, reviews by role.

let ctx: SeededApp;
afterEach(() => ctx.cleanup());

describe('/api/v1/admin/applications/:id/documents', () => {
  it('lists, serves and reviews a case’s documents; an auditor may read but not judge', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const pdf = samplePdf('Prüfbuch');
    const uploaded = await ctx.app.request(
      `/api/v1/me/applications/${s.id}/documents?kind=business_description`,
      {
        method: 'POST',
        headers: {
          Cookie: s.applicant,
          'Content-Type': 'application/octet-stream',
          'X-File-Name': 'Pr%C3%BCfbuch.pdf',
        },
        body: pdf,
      },
    );
    expect(uploaded.status).toBe(201);
    const doc = await uploaded.json();

    const list = await (
      await ctx.json(`/api/v1/admin/applications/${s.id}/documents`, { cookie: s.staff })
    ).json();
    const kind = list.kinds.find((k: { id: string }) => k.id === 'business_description');
    expect(kind.documents).toEqual([
      expect.objectContaining({ id: doc.id, fileName: 'Prüfbuch.pdf', reviewStatus: 'pending' }),
    ]);

    const content = await ctx.json(`/api/v1/admin/applications/${s.id}/documents/${doc.id}/content`, {
      cookie: s.staff,
    });
    expect(content.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(content.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await content.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);

    await grantStaff(ctx.repo, 'pruefung@soest.example', 'soest', 'auditor');
    const auditor = await ctx.signIn('pruefung@soest.example');
    expect((await ctx.json(`/api/v1/admin/applications/${s.id}/documents`, { cookie: auditor })).status).toBe(
      200,
    );
    const review = (cookie: string) =>
      ctx.json(`/api/v1/admin/applications/${s.id}/documents/${doc.id}/review`, {
        method: 'POST',
        cookie,
        body: { status: 'accepted', note: '  In Ordnung.  ' },
      });
    expect((await review(auditor)).status).toBe(403);
    const accepted = await review(s.staff);
    expect(await accepted.json()).toMatchObject({
      reviewStatus: 'accepted',
      reviewNote: 'In Ordnung.',
      reviewedAt: expect.any(String),
    });
  });
});
