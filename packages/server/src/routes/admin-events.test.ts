import { afterEach, describe, expect, it } from 'vitest';
import { grantStaff, type SeededApp, seededAppWithSubmission } from '../../test/support.ts';

// POST /api/v1/admin/applications/:id/events with the lifecycle's staff events and their payloads.

async function inReview() {
  const { ctx, id, staff } = await seededAppWithSubmission();
  const send = (body: Record<string, unknown>, cookie = staff, lang = 'de') =>
    ctx.json(`/api/v1/admin/applications/${id}/events`, {
      method: 'POST',
      cookie,
      body,
      lang,
    });
  expect((await send({ type: 'START_REVIEW' })).status).toBe(200);
  return { ctx, id, staff, send };
}

describe('POST /api/v1/admin/applications/:id/events', () => {
  let ctx: SeededApp;
  afterEach(() => ctx.cleanup());

  it('GEW-3: REJECT without a ground is 422 with a pointer, in German and English; with one it rejects', async () => {
    const s = await inReview();
    ctx = s.ctx;
    const de = await s.send({ type: 'REJECT' });
    expect(de.status).toBe(422);
    const problem = await de.json();
    expect(problem).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ pointer: '/ground', code: 'required' }],
    });
    expect(problem.errors[0].message).toBe('Bitte füllen Sie dieses Feld aus.');
    const en = await (await s.send({ type: 'REJECT', ground: 'because' }, s.staff, 'en')).json();
    expect(en.errors).toEqual([
      { pointer: '/ground', code: 'enum', message: 'Please choose one of the offered values.' },
    ]);
    const ok = await s.send({ type: 'REJECT', ground: 'formal', reason: 'Unterlagen unvollständig' });
    expect(ok.status).toBe(200);
    const detail = await ok.json();
    expect(detail.state).toBe('rejected');
    expect(detail.allowedCommands).toEqual([
      { type: 'ISSUE_NOTICE', requires: [] },
      { type: 'ARCHIVE', requires: [] },
    ]);
  });

  it('validates payloads: REQUEST_DOCUMENTS needs documents and a future due date', async () => {
    const s = await inReview();
    ctx = s.ctx;
    const bad = await s.send({ type: 'REQUEST_DOCUMENTS', documents: [], dueAt: 'morgen' });
    expect(bad.status).toBe(422);
    expect(
      (await bad.json()).errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
    ).toEqual([
      ['/documents', 'minItems'],
      ['/dueAt', 'format'],
    ]);
    const ok = await s.send({
      type: 'REQUEST_DOCUMENTS',
      documents: ['haftpflicht'],
      dueAt: '2099-01-01T00:00:00Z',
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).state).toBe('documents_requested');
  });

  it('lets a reviewer record scores but nothing else', async () => {
    const s = await inReview();
    ctx = s.ctx;
    await grantStaff(ctx.repo, 'jury@soest.example', 'soest', 'reviewer');
    const reviewer = await ctx.signIn('jury@soest.example');
    const score = { type: 'RECORD_SCORE', criterionId: 'attraktivitaet', points: 4, justification: 'Neu.' };
    const scored = await s.send(score, reviewer);
    expect(scored.status).toBe(200);
    expect((await scored.json()).state).toBe('in_review');
    expect((await s.send({ type: 'REJECT', ground: 'formal' }, reviewer)).status).toBe(403);
    expect((await s.send({ type: 'COMPLETE_REVIEW' }, reviewer)).status).toBe(403);
    const noJustification = await s.send({ ...score, justification: '' }, reviewer);
    expect(noJustification.status).toBe(422);
  });
});
