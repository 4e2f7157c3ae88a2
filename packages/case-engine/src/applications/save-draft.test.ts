import { describe, expect, it } from 'vitest';
import { ok } from '../testing/commands.ts';
import { DURING_PERIOD, validData } from '../testing/fixtures.ts';
import { caseRowCounts, type Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { MAX_DRAFT_BYTES } from './draft-data.ts';
import { saveDraft } from './save-draft.ts';
import { submitApplication } from './submit.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

const BEFORE_PERIOD = new Date('2025-11-01T12:00:00+01:00');
const AFTER_PERIOD = new Date('2026-03-01T00:00:00+01:00');
const LATER = new Date('2026-01-16T10:00:00+01:00');
const partial = { applicant: { givenName: 'Anna' } };

const save = (
  data: unknown,
  extra: { applicationId?: string; expectedVersion?: number; now?: Date; applicantId?: string } = {},
) =>
  saveDraft(t.repo, {
    editionId: s.editionId,
    applicantId: s.applicant.id,
    data,
    now: DURING_PERIOD,
    ...extra,
  });
const outbox = () => t.db.sqlite.prepare('SELECT handler, dedupe_key FROM outbox').all();

describe('saveDraft', () => {
  it('creates a draft (version 1, event created, projection from partial data, no submittedAt)', async () => {
    const draft = await ok(save(partial));
    expect(draft).toMatchObject({
      applicantId: s.applicant.id,
      state: 'draft',
      data: partial,
      applicantName: 'Anna',
      companyName: null,
      categoryId: null,
      submittedAt: null,
      version: 1,
      lifecycle: 'event-application@1',
    });
    expect(draft.eventTypeHash).toMatch(/^[0-9a-f]{64}$/);
    const events = await t.repo.applicationEvents(draft.id);
    expect(events.map((e) => e.type)).toEqual(['created']);
    expect(events[0]?.payload).toMatchObject({ state: 'draft', eventType: { id: 'testkirmes', version: 1 } });
    expect(outbox()).toEqual([]);
  });

  it('stores an empty projection for a draft without a name', async () => {
    expect(await ok(save({}))).toMatchObject({ applicantName: '', companyName: null, categoryId: null });
  });

  it('walks create -> save -> stale save (CONFLICT) -> submit, with a verifiable chain', async () => {
    const draft = await ok(save(partial));
    const saved = await ok(save(validData(), { applicationId: draft.id, expectedVersion: 1, now: LATER }));
    expect(saved).toMatchObject({
      id: draft.id,
      state: 'draft',
      version: 2,
      applicantName: 'Anna Schausteller',
    });
    expect(saved.data).toEqual(validData());

    const stale = await save(
      { applicant: { givenName: 'Old tab' } },
      { applicationId: draft.id, expectedVersion: 1 },
    );
    expect(stale).toEqual({ ok: false, error: { code: 'CONFLICT', version: 2 } });
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });

    const submitted = await submitApplication(t.repo, {
      editionId: s.editionId,
      applicantId: s.applicant.id,
      data: validData(),
      now: LATER,
      applicationId: draft.id,
    });
    expect(submitted).toMatchObject({
      ok: true,
      replayed: false,
      value: { id: draft.id, state: 'submitted', version: 3, submittedAt: LATER, categoryId: 'fahr_erw' },
    });
    const events = await t.repo.applicationEvents(draft.id);
    expect(events.map((e) => e.type)).toEqual(['created', 'draft_saved', 'submitted']);
    // The autosave entry records only the hash, never the personal data itself.
    expect(events[1]?.payload).toEqual({ dataHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(events[2]?.payload).toMatchObject({ event: 'SUBMIT', from: 'draft', to: 'submitted' });
    const hashes = events.map((e) => (e.payload as { dataHash?: string }).dataHash);
    expect(hashes[2]).toBe(hashes[1]);
    expect(outbox()).toEqual([{ handler: 'mail.receipt', dedupe_key: `receipt:${draft.id}` }]);
    expect(await t.repo.verifyAuditChains()).toMatchObject({ ok: true });
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 3 });
  });

  it('submits a draft with an idempotency key once; the retry is replayed', async () => {
    const draft = await ok(save(partial));
    const submit = () =>
      submitApplication(t.repo, {
        editionId: s.editionId,
        applicantId: s.applicant.id,
        data: validData(),
        now: LATER,
        applicationId: draft.id,
        idempotencyKey: 'draft-key',
      });
    expect(await submit()).toMatchObject({ ok: true, replayed: false, value: { id: draft.id, version: 2 } });
    expect(await submit()).toMatchObject({ ok: true, replayed: true, value: { id: draft.id, version: 2 } });
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });
  });

  it('validates the submitted draft fully and keeps it a draft on VALIDATION_FAILED', async () => {
    const draft = await ok(save(partial));
    const result = await submitApplication(t.repo, {
      editionId: s.editionId,
      applicantId: s.applicant.id,
      data: partial,
      now: LATER,
      applicationId: draft.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await t.repo.loadCase('soest', draft.id)).toMatchObject({ state: 'draft', version: 1 });
  });

  it("answers NOT_FOUND for another applicant's draft, to save and to submit", async () => {
    const draft = await ok(save(partial));
    const other = { applicationId: draft.id, applicantId: s.otherApplicant.id };
    expect(await save(validData(), other)).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    const submit = await submitApplication(t.repo, {
      editionId: s.editionId,
      data: validData(),
      now: DURING_PERIOD,
      ...other,
    });
    expect(submit).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 1 });
  });

  it('refuses to save or resubmit a submitted case with TRANSITION_NOT_ALLOWED', async () => {
    const submitted = await submitApplication(t.repo, {
      editionId: s.editionId,
      applicantId: s.applicant.id,
      data: validData(),
      now: DURING_PERIOD,
    });
    if (!submitted.ok) throw new Error('setup: submit failed');
    const applicationId = submitted.value.id;
    const refused = {
      ok: false,
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        state: 'submitted',
        allowedEvents: expect.arrayContaining(['START_REVIEW']),
      },
    };
    expect(await save(partial, { applicationId })).toEqual(refused);
    expect(
      await submitApplication(t.repo, {
        editionId: s.editionId,
        applicantId: s.applicant.id,
        data: validData(),
        now: DURING_PERIOD,
        applicationId,
      }),
    ).toEqual(refused);
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });
  });

  it('allows drafts before the period opens and refuses saving and submitting after it closed', async () => {
    const early = await ok(save(partial, { now: BEFORE_PERIOD }));
    expect(early.state).toBe('draft');
    const closed = { ok: false, error: { code: 'APPLICATION_PERIOD_CLOSED', reason: 'closed' } };
    expect(await save(partial, { now: AFTER_PERIOD })).toMatchObject(closed);
    expect(await save(partial, { now: AFTER_PERIOD, applicationId: early.id })).toMatchObject(closed);
    const submit = await submitApplication(t.repo, {
      editionId: s.editionId,
      applicantId: s.applicant.id,
      data: validData(),
      now: AFTER_PERIOD,
      applicationId: early.id,
    });
    expect(submit).toMatchObject(closed);
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 1 });
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'text'],
    ['null', null],
  ])('refuses %s as data with VALIDATION_FAILED at the root', async (_, data) => {
    expect(await save(data)).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', issues: [{ path: '', code: 'type', params: { type: 'object' } }] },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });

  it('refuses data over 1 MiB of JSON with a maxSize issue', async () => {
    const data = { notes: 'x'.repeat(MAX_DRAFT_BYTES) };
    expect(await save(data)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: '', code: 'maxSize', params: { limit: 1_048_576 } }],
      },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });
});
