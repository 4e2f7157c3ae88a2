import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationRecord } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import { ok, submitValid } from '../testing/commands.ts';
import { DURING_PERIOD, lifecycleBundle } from '../testing/fixtures.ts';
import { caseRowCounts, type Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { requestedDocumentStatus } from './document-status.ts';
import {
  documentsProvided,
  recordScore,
  reject,
  requestDocuments,
  waitlist,
  withdrawByApplicant,
} from './index.ts';
import type { RejectionGround } from './reject.ts';

// Payload validation and log payloads of the commands (the lifecycle itself: lifecycle-walk.test.ts).

let t: TempDb;
let s: Seeded;
let record: ApplicationRecord;
const later = new Date(DURING_PERIOD.getTime() + 86_400_000);
const cmd = () => ({ tenantId: 'soest', applicationId: record.id, actorId: s.clerk.id, now: later });
const lastLogEntry = async () => (await t.repo.applicationEvents(record.id)).at(-1);

seededDbPerTest(
  (world) => ({ t, s } = world),
  lifecycleBundle({ payment: true, waitlist: true, documentReview: true }),
);
beforeEach(async () => {
  const submitted = await submitValid(t.repo, s);
  const review = { tenantId: 'soest', applicationId: submitted.id, actorId: s.clerk.id, now: later };
  record = await ok(startReview(t.repo, review));
});

describe('case commands', () => {
  it('GEW-3: a rejection without a valid ground is VALIDATION_FAILED and stores nothing', async () => {
    const before = caseRowCounts(t.db);
    expect(await reject(t.repo, { ...cmd(), ground: undefined as unknown as RejectionGround })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: '/ground', code: 'required', params: expect.any(Object) }],
      },
    });
    expect(await reject(t.repo, { ...cmd(), ground: 'dislike' as RejectionGround })).toMatchObject({
      ok: false,
      error: { issues: [{ path: '/ground', code: 'enum' }] },
    });
    expect(caseRowCounts(t.db)).toEqual(before);
    const done = await reject(t.repo, { ...cmd(), ground: 'unreliable_70a', reason: '§ 70a GewO' });
    expect(done).toMatchObject({ ok: true, value: { state: 'rejected' } });
    expect((await lastLogEntry())?.payload).toMatchObject({
      event: 'REJECT',
      ground: 'unreliable_70a',
      reason: '§ 70a GewO',
    });
  });

  it('SEL-3: a score needs a justification; a recorded score keeps the state and is logged', async () => {
    const score = { ...cmd(), criterionId: 'attraktivitaet', points: 4, justification: ' ' };
    expect(await recordScore(t.repo, score)).toMatchObject({
      ok: false,
      error: { issues: [{ path: '/justification' }] },
    });
    const scored = await recordScore(t.repo, { ...score, justification: 'Neu lackiert.' });
    expect(scored).toMatchObject({ ok: true, value: { state: 'in_review', version: record.version + 1 } });
    expect((await lastLogEntry())?.payload).toMatchObject({ points: 4, from: 'in_review' });
  });

  it('DOC-8: requested documents are pending until provided; due dates must lie ahead', async () => {
    expect(
      await requestDocuments(t.repo, { ...cmd(), documents: ['a', 'a'], dueAt: DURING_PERIOD }),
    ).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: '/documents', code: 'uniqueItems', params: { i: 1, j: 0 } },
          { path: '/dueAt', code: 'dueNotInFuture' },
        ],
      },
    });
    const dueAt = new Date(later.getTime() + 14 * 86_400_000);
    await ok(requestDocuments(t.repo, { ...cmd(), documents: ['haftpflicht', 'pruefbuch'], dueAt }));
    expect(await requestedDocumentStatus(t.repo, record.id)).toEqual([
      { id: 'haftpflicht', status: 'pending' },
      { id: 'pruefbuch', status: 'pending' },
    ]);
    await ok(documentsProvided(t.repo, { ...cmd(), documents: ['haftpflicht'] }));
    expect(await requestedDocumentStatus(t.repo, record.id)).toEqual([
      { id: 'haftpflicht', status: 'accepted' },
      { id: 'pruefbuch', status: 'pending' },
    ]);
  });

  it('waitlist rank must be a positive integer', async () => {
    expect(await waitlist(t.repo, { ...cmd(), rank: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', issues: [{ path: '/rank', code: 'minimum' }] },
    });
  });

  it('an applicant withdraws only their own application', async () => {
    expect(
      await withdrawByApplicant(t.repo, {
        applicantId: s.otherApplicant.id,
        applicationId: record.id,
        now: later,
      }),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    const own = await withdrawByApplicant(t.repo, {
      applicantId: s.applicant.id,
      applicationId: record.id,
      now: later,
      reason: 'Krank',
    });
    expect(own).toMatchObject({ ok: true, value: { state: 'withdrawn' } });
    expect(await lastLogEntry()).toMatchObject({
      actorId: s.applicant.id,
      payload: { event: 'WITHDRAW', by: 'applicant', reason: 'Krank' },
    });
  });
});
