import { describe, expect, it } from 'vitest';
import { DURING_PERIOD, validData } from '../testing/fixtures.ts';
import { caseRowCounts, type Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { submitApplication } from './submit.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

const AFTER_PERIOD = new Date('2026-03-01T00:00:00+01:00');
const submitWithKey = (idempotencyKey: string, data: unknown = validData(), now = DURING_PERIOD) =>
  submitApplication(t.repo, {
    editionId: s.editionId,
    applicantId: s.applicant.id,
    data,
    now,
    idempotencyKey,
  });
const outboxRows = () => t.db.sqlite.prepare('SELECT count(*) FROM outbox').pluck().get();

describe('submitApplication with an idempotency key', () => {
  it('answers a retry with the stored case (replayed) and writes nothing', async () => {
    const first = await submitWithKey('key-1');
    if (!first.ok) throw new Error(`expected ok, got ${JSON.stringify(first.error)}`);
    expect(first.replayed).toBe(false);
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });

    // Key order does not matter: the data hash is over canonical JSON.
    const { business, company, applicant } = validData();
    const retry = await submitWithKey('key-1', { business, company, applicant });
    expect(retry).toEqual({ ok: true, value: first.value, replayed: true });
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });
    expect(outboxRows()).toBe(1);
  });

  it('replays even after the period closed (the first try was in time)', async () => {
    const first = await submitWithKey('key-late');
    const retry = await submitWithKey('key-late', validData(), AFTER_PERIOD);
    expect(retry).toMatchObject({ ok: true, replayed: true, value: { id: first.ok && first.value.id } });
  });

  it('refuses the same key with other data as IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    expect((await submitWithKey('key-2')).ok).toBe(true);
    const other = validData();
    other.applicant = { givenName: 'Anne', familyName: 'Schausteller', email: 'anna@example.org' };
    expect(await submitWithKey('key-2', other)).toEqual({
      ok: false,
      error: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });
    expect(outboxRows()).toBe(1);
  });

  it('creates separate cases for different keys and for another applicant with the same key', async () => {
    const a = await submitWithKey('key-a');
    const b = await submitWithKey('key-b');
    const other = await submitApplication(t.repo, {
      editionId: s.editionId,
      applicantId: s.otherApplicant.id,
      data: validData(),
      now: DURING_PERIOD,
      idempotencyKey: 'key-a',
    });
    const ids = [a, b, other].map((r) => (r.ok ? r.value.id : r.error.code));
    expect(new Set(ids).size).toBe(3);
    expect(caseRowCounts(t.db)).toEqual({ applications: 3, events: 6 });
  });

  it.each([
    ['', 'minLength'],
    ['x'.repeat(201), 'maxLength'],
    ['tab\there', 'pattern'],
    ['umlaut-ä', 'pattern'],
  ])('refuses the key %j with VALIDATION_FAILED (%s) at /idempotencyKey', async (key, code) => {
    const result = await submitWithKey(key);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', issues: [{ path: '/idempotencyKey', code }] },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });

  it('accepts a key of 200 printable characters', async () => {
    expect(await submitWithKey('~'.repeat(200))).toMatchObject({ ok: true, replayed: false });
  });

  it('stores one case for two concurrent submits with the same key (SQLite group commit)', async () => {
    const [a, b] = await Promise.all([submitWithKey('key-race'), submitWithKey('key-race')]);
    if (!a.ok || !b.ok) throw new Error('expected both ok');
    expect(b.value.id).toBe(a.value.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(caseRowCounts(t.db)).toEqual({ applications: 1, events: 2 });
  });
});
