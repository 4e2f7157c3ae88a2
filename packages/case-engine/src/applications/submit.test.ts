import { describe, expect, it } from 'vitest';
import { DURING_PERIOD, testBundle, testEdition, validData } from '../testing/fixtures.ts';
import { caseRowCounts, type Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { submitApplication } from './submit.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

const submitAt = (now: Date, data: unknown = validData()) =>
  submitApplication(t.repo, { editionId: s.editionId, applicantId: s.applicant.id, data, now });

describe('submitApplication', () => {
  it('records how it was submitted in the submitted event: trust level, company, Art. 13 version, consents (AUTH-2, AUTH-4, DS-1, DS-2)', async () => {
    const circumstances = {
      authMethod: 'oidc' as const,
      trustLevel: 'substanziell' as const,
      representing: { name: 'Schausteller GmbH', role: 'Geschäftsführerin' },
      privacyNoticeVersion: '2026-01',
      consents: [{ id: 'programme_listing', textVersion: '1' }],
    };
    const result = await submitApplication(t.repo, {
      editionId: s.editionId,
      applicantId: s.applicant.id,
      data: validData(),
      now: DURING_PERIOD,
      circumstances,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [, submitted] = await t.repo.applicationEvents(result.value.id);
    expect(submitted?.payload).toMatchObject(circumstances);
    expect((await t.repo.verifyAuditChains()).ok).toBe(true);
  });

  it('stores the case in state submitted with summary columns and events created + submitted', async () => {
    const result = await submitAt(DURING_PERIOD);
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
    const record = result.value;
    expect(record).toMatchObject({
      tenantId: 'soest',
      editionId: s.editionId,
      applicantId: s.applicant.id,
      applicantEmail: 'anna@example.org',
      state: 'submitted',
      data: validData(),
      applicantName: 'Anna Schausteller',
      companyName: 'Schausteller GmbH',
      categoryId: 'fahr_erw',
      submittedAt: DURING_PERIOD,
      version: 2,
      lifecycle: 'event-application@1',
    });
    expect(record.eventTypeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.repo.findTenantApplication('soest', record.id)).toEqual(record);

    const events = await t.repo.applicationEvents(record.id);
    expect(events.map((e) => [e.seq, e.type, e.actorId])).toEqual([
      [1, 'created', s.applicant.id],
      [2, 'submitted', s.applicant.id],
    ]);
    expect(events[0]?.payload).toMatchObject({
      state: 'draft',
      eventType: { id: 'testkirmes', version: 1, hash: record.eventTypeHash },
    });
    // DATE-1: the receipt can quote the server timestamp and a hash of exactly what was received.
    expect(events[1]?.payload).toMatchObject({
      event: 'SUBMIT',
      from: 'draft',
      to: 'submitted',
      dataHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(events[1]?.at).toEqual(DURING_PERIOD);

    const row = t.db.sqlite
      .prepare('SELECT snapshot FROM applications WHERE id = ?')
      .pluck()
      .get(record.id) as string;
    expect(JSON.parse(row)).toMatchObject({ value: 'submitted', status: 'active' });
  });

  it('writes the receipt with the case, once, whether or not the lifecycle names sendReceipt', async () => {
    const v2 = testBundle({ version: 2, lifecycle: { template: 'event-application', version: 2 } });
    expect((await t.repo.publishEventType('soest', v2)).ok).toBe(true);
    const v1Case = await submitAt(DURING_PERIOD);
    await t.repo.saveEdition('soest', testEdition({ eventTypeVersion: 2 }));
    const v2Case = await submitAt(DURING_PERIOD);
    if (!v1Case.ok || !v2Case.ok) throw new Error('setup: submit failed');
    const outbox = t.db.sqlite.prepare(
      'SELECT handler, dedupe_key FROM outbox ORDER BY created_at, dedupe_key',
    );
    expect(outbox.all()).toEqual(
      expect.arrayContaining([
        { handler: 'mail.receipt', dedupe_key: `receipt:${v1Case.value.id}` },
        { handler: 'mail.receipt', dedupe_key: `receipt:${v2Case.value.id}` },
      ]),
    );
    expect(outbox.all()).toHaveLength(2);
  });

  it('returns VALIDATION_FAILED with JSON pointers and stores nothing', async () => {
    const data = validData();
    data.applicant = { givenName: 'Anna', email: 'not-an-email' };
    const result = await submitAt(DURING_PERIOD, data);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'VALIDATION_FAILED') throw new Error('expected VALIDATION_FAILED');
    const pointers = result.error.issues.map((i) => i.path).sort();
    expect(pointers).toEqual(['/applicant/email', '/applicant/familyName']);
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });

  it('DATE-1: a submission at 2026-03-01T00:00:00+01:00 is late (period closes 2026-02-28T23:59:59 Berlin) and stores nothing', async () => {
    const result = await submitAt(new Date('2026-03-01T00:00:00+01:00'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'APPLICATION_PERIOD_CLOSED',
        // 23:59:59 CET = 22:59:59 UTC (core decides whether the instant carries .999 for "end of that second").
        closes: expect.stringMatching(/^2026-02-28T22:59:59(\.\d{3})?Z$/),
        opens: '2025-11-14T23:00:00.000Z',
        reason: 'closed',
      },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });

  it('DATE-1: the last second of the period is still in time', async () => {
    expect((await submitAt(new Date('2026-02-28T23:59:59.999+01:00'))).ok).toBe(true);
  });

  it('refuses a submission before the period opens', async () => {
    expect(await submitAt(new Date('2025-11-14T23:59:59+01:00'))).toMatchObject({
      ok: false,
      error: { code: 'APPLICATION_PERIOD_CLOSED', reason: 'not_yet_open' },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });

  it('returns NOT_FOUND for an unknown edition', async () => {
    const result = await submitApplication(t.repo, {
      editionId: 'nope',
      applicantId: s.applicant.id,
      data: validData(),
      now: DURING_PERIOD,
    });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is atomic: when a write inside the transaction fails, neither the case nor any event remains', async () => {
    // Make the second event insert fail by blocking seq 2 with a temporary trigger on the real file.
    t.db.sqlite.exec(
      "CREATE TEMP TRIGGER fail_second_event BEFORE INSERT ON application_events WHEN NEW.seq = 2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    );
    await expect(submitAt(DURING_PERIOD)).rejects.toThrow(/injected failure/);
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
    expect(t.db.sqlite.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
  });

  it('validates against the version the edition pins, not a newer published one', async () => {
    // Version 2 also allows the category 'imbiss'; the edition still pins version 1, which does not.
    const v2 = structuredClone(testBundle({ version: 2 }));
    const business = (
      v2.form.schema.properties as Record<string, { properties: Record<string, { enum: string[] }> }>
    ).business;
    if (!business?.properties.category) throw new Error('fixture shape changed');
    business.properties.category.enum = ['fahr_erw', 'imbiss'];
    expect((await t.repo.publishEventType('soest', v2)).ok).toBe(true);
    const data = validData();
    data.business = { category: 'imbiss' };
    const result = await submitAt(DURING_PERIOD, data);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    if (result.ok || result.error.code !== 'VALIDATION_FAILED') return;
    expect(result.error.issues.map((i) => i.path)).toEqual(['/business/category']);
  });
});
