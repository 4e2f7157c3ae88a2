import { afterEach, describe, expect, it } from 'vitest';
import {
  EDITION_ID,
  exampleJson,
  grantStaff,
  type SeededApp,
  STAFF_EMAIL,
  seededApp,
  seededAppWithSubmission,
} from '../../test/support.ts';

// The Soest example runs event-application@2 with document review, reserve list and payment.
const IN_REVIEW = ['RECORD_SCORE', 'REQUEST_DOCUMENTS', 'COMPLETE_REVIEW', 'REJECT', 'WITHDRAW'];

describe('/api/v1/admin', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('is 401 signed out and 403 for a signed-in applicant', async () => {
    ctx = await seededApp();
    expect((await ctx.json('/api/v1/admin/applications')).status).toBe(401);
    const res = await ctx.json('/api/v1/admin/applications', {
      cookie: await ctx.signIn('erika@example.org'),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', type: 'urn:festplatz:problem:forbidden' });
  });

  it('lists the tenant’s applications with summary columns and a localized category', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const { items } = await (await ctx.json('/api/v1/admin/applications', { cookie: s.staff })).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: s.id,
      editionId: EDITION_ID,
      editionTitle: 'Allerheiligenkirmes 2026',
      applicantName: 'Erika Mustermann',
      companyName: 'Mustermann Fahrbetriebe GmbH',
      category: { id: 'fahr_erw' },
      state: 'submitted',
    });
    expect(typeof items[0].category.title).toBe('string');
  });

  it('shows the detail with form, events and allowed events; START_REVIEW works once, then 409', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const detail = await (await ctx.json(`/api/v1/admin/applications/${s.id}`, { cookie: s.staff })).json();
    expect(detail).toMatchObject({
      id: s.id,
      applicantEmail: 'erika@example.org',
      state: 'submitted',
      allowedEvents: ['START_REVIEW', 'WITHDRAW'],
      allowedCommands: [
        { type: 'START_REVIEW', requires: [] },
        { type: 'WITHDRAW', requires: [] },
      ],
    });
    expect(detail.form.schema.type).toBe('object');
    expect(detail.data).toEqual(exampleJson('samples/ride-application.json'));
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['created', 'submitted']);

    const post = () =>
      ctx.json(`/api/v1/admin/applications/${s.id}/events`, {
        method: 'POST',
        cookie: s.staff,
        body: { type: 'START_REVIEW' },
      });
    const first = await post();
    expect(first.status).toBe(200);
    const after = await first.json();
    expect(after.state).toBe('in_review');
    expect(after.allowedEvents).toEqual(IN_REVIEW);
    expect(after.events.at(-1)).toMatchObject({ seq: 3, actor: STAFF_EMAIL });

    const second = await post();
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      state: 'in_review',
      allowedEvents: IN_REVIEW,
    });
  });

  it('rejects unknown event types with 400', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    const res = await ctx.json(`/api/v1/admin/applications/${s.id}/events`, {
      method: 'POST',
      cookie: s.staff,
      body: { type: 'FLY_AWAY' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST' });
    const proto = await ctx.json(`/api/v1/admin/applications/${s.id}/events`, {
      method: 'POST',
      cookie: s.staff,
      body: { type: 'toString' },
    });
    expect(proto.status).toBe(400);
  });

  it('scopes staff to their tenants: another tenant’s staff gets 404 and an empty list', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    await ctx.repo.upsertTenant({ id: 'lippstadt', name: { de: 'Stadt Lippstadt' } });
    await grantStaff(ctx.repo, 'amt@lippstadt.example', 'lippstadt', 'admin');
    const other = await ctx.signIn('amt@lippstadt.example');
    expect((await (await ctx.json('/api/v1/admin/applications', { cookie: other })).json()).items).toEqual(
      [],
    );
    expect((await ctx.json(`/api/v1/admin/applications/${s.id}`, { cookie: other })).status).toBe(404);
    const post = await ctx.json(`/api/v1/admin/applications/${s.id}/events`, {
      method: 'POST',
      cookie: other,
      body: { type: 'START_REVIEW' },
    });
    expect(post.status).toBe(404);
  });

  it('lets an auditor read but not start a review', async () => {
    const s = await seededAppWithSubmission();
    ctx = s.ctx;
    await grantStaff(ctx.repo, 'pruefung@soest.example', 'soest', 'auditor');
    const auditor = await ctx.signIn('pruefung@soest.example');
    expect((await ctx.json(`/api/v1/admin/applications/${s.id}`, { cookie: auditor })).status).toBe(200);
    const post = await ctx.json(`/api/v1/admin/applications/${s.id}/events`, {
      method: 'POST',
      cookie: auditor,
      body: { type: 'START_REVIEW' },
    });
    expect(post.status).toBe(403);
  });
});
