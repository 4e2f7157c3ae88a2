import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db.ts';
import { DURING_PERIOD, validData } from '../testing/fixtures.ts';
import { type Seeded, seed } from '../testing/seed.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import { applyEvent, loadCaseRow } from './apply-event.ts';
import { type ApplicationRecord, applicationEvents, findTenantApplication } from './records.ts';
import { startReview } from './start-review.ts';
import { submitApplication } from './submit.ts';

let t: TempDb;
let s: Seeded;
let submitted: ApplicationRecord;
const later = new Date('2026-03-05T09:00:00+01:00');

beforeEach(() => {
  t = openTempDb();
  s = seed(t.db);
  const result = submitApplication(t.db, {
    editionId: s.editionId,
    applicantId: s.applicant.id,
    data: validData(),
    now: DURING_PERIOD,
  });
  if (!result.ok) throw new Error('setup: submit failed');
  submitted = result.value;
});
afterEach(() => t.cleanup());

describe('startReview', () => {
  it('moves submitted -> in_review, bumps the version and appends review_started by the clerk', () => {
    const result = startReview(t.db, {
      tenantId: 'soest',
      applicationId: submitted.id,
      actorId: s.clerk.id,
      now: later,
    });
    expect(result).toMatchObject({ ok: true, value: { state: 'in_review', version: 3 } });
    const events = applicationEvents(t.db, submitted.id);
    expect(events.at(-1)).toEqual({
      seq: 3,
      type: 'review_started',
      at: later,
      actorId: s.clerk.id,
      payload: { event: 'START_REVIEW', from: 'submitted', to: 'in_review' },
    });
    // The submission data and summary are untouched by a state change.
    expect(findTenantApplication(t.db, 'soest', submitted.id)).toMatchObject({
      data: validData(),
      submittedAt: DURING_PERIOD,
    });
  });

  it('refuses a second START_REVIEW with TRANSITION_NOT_ALLOWED naming state in_review', () => {
    startReview(t.db, { tenantId: 'soest', applicationId: submitted.id, actorId: s.clerk.id, now: later });
    const again = startReview(t.db, {
      tenantId: 'soest',
      applicationId: submitted.id,
      actorId: s.clerk.id,
      now: later,
    });
    expect(again).toEqual({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', state: 'in_review', allowedEvents: [] },
    });
    expect(applicationEvents(t.db, submitted.id)).toHaveLength(3);
    expect(findTenantApplication(t.db, 'soest', submitted.id)?.version).toBe(3);
  });

  it("returns NOT_FOUND for another tenant's case and changes nothing", () => {
    const result = startReview(t.db, {
      tenantId: 'werl',
      applicationId: submitted.id,
      actorId: s.clerk.id,
      now: later,
    });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(findTenantApplication(t.db, 'soest', submitted.id)?.state).toBe('submitted');
  });

  it('returns CONFLICT when the expected version is stale', () => {
    const result = startReview(t.db, {
      tenantId: 'soest',
      applicationId: submitted.id,
      actorId: s.clerk.id,
      now: later,
      expectedVersion: 1,
    });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', version: 2 } });
    expect(applicationEvents(t.db, submitted.id)).toHaveLength(2);
  });

  it('never loses an update: a write based on a stale read (other connection won) is refused', () => {
    // Connection A reads the case; connection B (a second process on the same file) changes it first.
    const staleRow = loadCaseRow(t.db, 'soest', submitted.id);
    if (!staleRow) throw new Error('setup: case missing');
    const other = openDatabase({ file: t.file });
    try {
      expect(
        startReview(other, {
          tenantId: 'soest',
          applicationId: submitted.id,
          actorId: s.clerk.id,
          now: later,
        }).ok,
      ).toBe(true);
    } finally {
      other.close();
    }
    const result = applyEvent(t.db, staleRow, { type: 'START_REVIEW', actorId: s.applicant.id, now: later });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', version: 3 } });
    const events = applicationEvents(t.db, submitted.id);
    expect(events.map((e) => [e.seq, e.actorId])).toEqual([
      [1, s.applicant.id],
      [2, s.applicant.id],
      [3, s.clerk.id],
    ]);
  });
});

describe('application_events is append-only (trigger)', () => {
  it('rejects UPDATE and DELETE of an event row', () => {
    expect(() =>
      t.db.sqlite.prepare("UPDATE application_events SET type = 'forged' WHERE seq = 1").run(),
    ).toThrow(/append-only/);
    expect(() => t.db.sqlite.prepare('DELETE FROM application_events').run()).toThrow(/append-only/);
    expect(applicationEvents(t.db, submitted.id).map((e) => e.type)).toEqual(['created', 'submitted']);
  });
});
