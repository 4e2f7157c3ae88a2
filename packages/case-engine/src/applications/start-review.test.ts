import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db.ts';
import { sqliteRepository } from '../repository/sqlite.ts';
import { submitValid } from '../testing/commands.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { applyEvent } from './apply-event.ts';
import type { ApplicationRecord } from './records.ts';
import { startReview } from './start-review.ts';

let t: TempDb;
let s: Seeded;
let submitted: ApplicationRecord;
const later = new Date('2026-03-05T09:00:00+01:00');

seededDbPerTest((world) => ({ t, s } = world));
beforeEach(async () => {
  submitted = await submitValid(t.repo, s);
});

const review = (extra: { tenantId?: string; expectedVersion?: number } = {}) =>
  startReview(t.repo, {
    tenantId: 'soest',
    applicationId: submitted.id,
    actorId: s.clerk.id,
    now: later,
    ...extra,
  });

describe('startReview', () => {
  it('moves submitted -> in_review, bumps the version and appends review_started by the clerk', async () => {
    expect(await review()).toMatchObject({ ok: true, value: { state: 'in_review', version: 3 } });
    const events = await t.repo.applicationEvents(submitted.id);
    expect(events.at(-1)).toEqual({
      seq: 3,
      type: 'review_started',
      at: later,
      actorId: s.clerk.id,
      payload: { event: 'START_REVIEW', from: 'submitted', to: 'in_review' },
    });
    // The submission data and summary are untouched by a state change.
    expect(await t.repo.findTenantApplication('soest', submitted.id)).toMatchObject({
      data: submitted.data,
      submittedAt: submitted.submittedAt,
    });
  });

  it('refuses a second START_REVIEW with TRANSITION_NOT_ALLOWED naming state in_review', async () => {
    await review();
    expect(await review()).toEqual({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', state: 'in_review', allowedEvents: [] },
    });
    expect(await t.repo.applicationEvents(submitted.id)).toHaveLength(3);
    expect((await t.repo.findTenantApplication('soest', submitted.id))?.version).toBe(3);
  });

  it("returns NOT_FOUND for another tenant's case and changes nothing", async () => {
    expect(await review({ tenantId: 'werl' })).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.repo.findTenantApplication('soest', submitted.id))?.state).toBe('submitted');
  });

  it('returns CONFLICT when the expected version is stale', async () => {
    expect(await review({ expectedVersion: 1 })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', version: 2 },
    });
    expect(await t.repo.applicationEvents(submitted.id)).toHaveLength(2);
  });

  it('two concurrent commands on one case: one succeeds, the other is a CONFLICT', async () => {
    const results = await Promise.all([review(), review()]);
    expect(results).toEqual([
      { ok: true, value: expect.objectContaining({ state: 'in_review', version: 3 }) },
      { ok: false, error: { code: 'CONFLICT', version: 3 } },
    ]);
    expect((await t.repo.applicationEvents(submitted.id)).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('never loses an update: a write based on a stale read (other connection won) is refused', async () => {
    // Connection A reads the case; connection B (a second process on the same file) changes it first.
    const staleRow = await t.repo.loadCase('soest', submitted.id);
    if (!staleRow) throw new Error('setup: case missing');
    const other = openDatabase({ file: t.file });
    try {
      const otherReview = await startReview(sqliteRepository(other), {
        tenantId: 'soest',
        applicationId: submitted.id,
        actorId: s.clerk.id,
        now: later,
      });
      expect(otherReview.ok).toBe(true);
    } finally {
      other.close();
    }
    const result = await applyEvent(t.repo, staleRow, {
      type: 'START_REVIEW',
      actorId: s.applicant.id,
      now: later,
    });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', version: 3 } });
    const events = await t.repo.applicationEvents(submitted.id);
    expect(events.map((e) => [e.seq, e.actorId])).toEqual([
      [1, s.applicant.id],
      [2, s.applicant.id],
      [3, s.clerk.id],
    ]);
  });
});

describe('application_events is append-only (trigger)', () => {
  it('rejects UPDATE and DELETE of an event row', async () => {
    expect(() =>
      t.db.sqlite.prepare("UPDATE application_events SET type = 'forged' WHERE seq = 1").run(),
    ).toThrow(/append-only/);
    expect(() => t.db.sqlite.prepare('DELETE FROM application_events').run()).toThrow(/append-only/);
    expect((await t.repo.applicationEvents(submitted.id)).map((e) => e.type)).toEqual([
      'created',
      'submitted',
    ]);
  });
});
