import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApplicationRecord, applicationEvents } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import { submitApplication } from '../applications/submit.ts';
import { saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import { DURING_PERIOD, testBundle, testEdition, validData } from '../testing/fixtures.ts';
import { caseRowCounts } from '../testing/seed.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import { ensureUser, upsertTenant } from '../users.ts';
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
let record: ApplicationRecord;
let clerkId: string;
let applicantId: string;
const later = new Date(DURING_PERIOD.getTime() + 86_400_000);
const cmd = () => ({ tenantId: 'soest', applicationId: record.id, actorId: clerkId, now: later });

beforeEach(() => {
  t = openTempDb();
  upsertTenant(t.db, { id: 'soest', name: { de: 'Stadt Soest' } });
  const options = { payment: true, waitlist: true, documentReview: true };
  publishEventType(
    t.db,
    'soest',
    testBundle({ lifecycle: { template: 'event-application', version: 2, options } }),
  );
  saveEdition(t.db, 'soest', testEdition());
  clerkId = ensureUser(t.db, 'kirmesbuero@soest.example').id;
  applicantId = ensureUser(t.db, 'anna@example.org').id;
  const submitted = submitApplication(t.db, {
    editionId: testEdition().id,
    applicantId,
    data: validData(),
    now: DURING_PERIOD,
  });
  if (!submitted.ok) throw new Error('setup: submit failed');
  const reviewing = startReview(t.db, {
    tenantId: 'soest',
    applicationId: submitted.value.id,
    actorId: clerkId,
    now: later,
  });
  if (!reviewing.ok) throw new Error('setup: start review failed');
  record = reviewing.value;
});
afterEach(() => t.cleanup());

describe('case commands', () => {
  it('GEW-3: a rejection without a valid ground is VALIDATION_FAILED and stores nothing', () => {
    const before = caseRowCounts(t.db);
    expect(reject(t.db, { ...cmd(), ground: undefined as unknown as RejectionGround })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: '/ground', code: 'required', params: expect.any(Object) }],
      },
    });
    expect(reject(t.db, { ...cmd(), ground: 'dislike' as RejectionGround })).toMatchObject({
      ok: false,
      error: { issues: [{ path: '/ground', code: 'enum' }] },
    });
    expect(caseRowCounts(t.db)).toEqual(before);
    const done = reject(t.db, { ...cmd(), ground: 'unreliable_70a', reason: '§ 70a GewO' });
    expect(done).toMatchObject({ ok: true, value: { state: 'rejected' } });
    expect(applicationEvents(t.db, record.id).at(-1)?.payload).toMatchObject({
      event: 'REJECT',
      ground: 'unreliable_70a',
      reason: '§ 70a GewO',
    });
  });

  it('SEL-3: a score needs a justification; a recorded score keeps the state and is logged', () => {
    const score = { ...cmd(), criterionId: 'attraktivitaet', points: 4, justification: ' ' };
    expect(recordScore(t.db, score)).toMatchObject({
      ok: false,
      error: { issues: [{ path: '/justification' }] },
    });
    const ok = recordScore(t.db, { ...score, justification: 'Neu lackiert.' });
    expect(ok).toMatchObject({ ok: true, value: { state: 'in_review', version: record.version + 1 } });
    expect(applicationEvents(t.db, record.id).at(-1)?.payload).toMatchObject({
      points: 4,
      from: 'in_review',
    });
  });

  it('DOC-8: requested documents are pending until provided; due dates must lie ahead', () => {
    expect(requestDocuments(t.db, { ...cmd(), documents: ['a', 'a'], dueAt: DURING_PERIOD })).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: '/documents', code: 'uniqueItems', params: { i: 1, j: 0 } },
          { path: '/dueAt', code: 'dueNotInFuture' },
        ],
      },
    });
    const dueAt = new Date(later.getTime() + 14 * 86_400_000);
    expect(requestDocuments(t.db, { ...cmd(), documents: ['haftpflicht', 'pruefbuch'], dueAt }).ok).toBe(
      true,
    );
    expect(requestedDocumentStatus(t.db, record.id)).toEqual([
      { id: 'haftpflicht', status: 'pending' },
      { id: 'pruefbuch', status: 'pending' },
    ]);
    expect(documentsProvided(t.db, { ...cmd(), documents: ['haftpflicht'] }).ok).toBe(true);
    expect(requestedDocumentStatus(t.db, record.id)).toEqual([
      { id: 'haftpflicht', status: 'accepted' },
      { id: 'pruefbuch', status: 'pending' },
    ]);
  });

  it('waitlist rank must be a positive integer', () => {
    expect(waitlist(t.db, { ...cmd(), rank: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', issues: [{ path: '/rank', code: 'minimum' }] },
    });
  });

  it('an applicant withdraws only their own application', () => {
    const stranger = ensureUser(t.db, 'bert@example.org').id;
    expect(
      withdrawByApplicant(t.db, { applicantId: stranger, applicationId: record.id, now: later }),
    ).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const own = withdrawByApplicant(t.db, {
      applicantId,
      applicationId: record.id,
      now: later,
      reason: 'Krank',
    });
    expect(own).toMatchObject({ ok: true, value: { state: 'withdrawn' } });
    expect(applicationEvents(t.db, record.id).at(-1)).toMatchObject({
      actorId: applicantId,
      payload: { event: 'WITHDRAW', by: 'applicant', reason: 'Krank' },
    });
  });
});
