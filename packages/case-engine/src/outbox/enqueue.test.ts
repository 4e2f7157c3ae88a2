import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEvent, loadCaseRow } from '../applications/apply-event.ts';
import { submitApplication } from '../applications/submit.ts';
import { DURING_PERIOD, validData } from '../testing/fixtures.ts';
import { type Seeded, seed } from '../testing/seed.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import { enqueueOutbox } from './enqueue.ts';

let t: TempDb;
let s: Seeded;
beforeEach(() => {
  t = openTempDb();
  s = seed(t.db);
});
afterEach(() => t.cleanup());

function outboxRows() {
  return t.db.sqlite
    .prepare('SELECT dedupe_key, handler, payload, tenant_id, application_id, status, attempts FROM outbox')
    .all() as { dedupe_key: string; handler: string; payload: string; status: string; attempts: number }[];
}

function submit() {
  const result = submitApplication(t.db, {
    editionId: s.editionId,
    applicantId: s.applicant.id,
    data: validData(),
    now: DURING_PERIOD,
  });
  if (!result.ok) throw new Error('setup: submit failed');
  return result.value;
}

describe('outbox rows are written with the command', () => {
  it('submitApplication enqueues one receipt (mail.receipt, receipt:<id>) without form content (SEC-5)', () => {
    const record = submit();
    const rows = outboxRows();
    expect(rows).toEqual([
      {
        dedupe_key: `receipt:${record.id}`,
        handler: 'mail.receipt',
        payload: expect.any(String),
        tenant_id: 'soest',
        application_id: record.id,
        status: 'pending',
        attempts: 0,
      },
    ]);
    const payload = JSON.parse(rows[0]?.payload ?? '{}');
    expect(payload).toEqual({ applicationId: record.id, tenantId: 'soest', dataHash: expect.any(String) });
    expect(JSON.stringify(payload)).not.toContain('Schausteller');
  });

  it('a submission that fails inside its transaction leaves no outbox row either', () => {
    t.db.sqlite.exec(
      "CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    );
    expect(() => submit()).toThrow(/injected failure/);
    expect(t.db.sqlite.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
    expect(outboxRows()).toEqual([]);
  });

  it('applyEvent writes the given messages in its transaction, with the case tenant and id filled in', () => {
    const record = submit();
    const row = loadCaseRow(t.db, 'soest', record.id);
    if (!row) throw new Error('setup: case missing');
    const result = applyEvent(t.db, row, {
      type: 'START_REVIEW',
      actorId: s.clerk.id,
      now: DURING_PERIOD,
      outbox: [{ handler: 'webhook.review', dedupeKey: `review:${record.id}`, payload: { n: 1 } }],
    });
    expect(result.ok).toBe(true);
    expect(outboxRows().find((r) => r.handler === 'webhook.review')).toMatchObject({
      tenant_id: 'soest',
      application_id: record.id,
      status: 'pending',
    });
  });

  it('applyEvent writes no message when the transition is refused or the version is stale', () => {
    const record = submit();
    const row = loadCaseRow(t.db, 'soest', record.id);
    if (!row) throw new Error('setup: case missing');
    const message = { handler: 'x', dedupeKey: 'x:1', payload: {} };
    const refused = applyEvent(t.db, row, {
      type: 'SUBMIT',
      actorId: s.clerk.id,
      now: DURING_PERIOD,
      outbox: [message],
    });
    expect(refused.ok).toBe(false);
    const stale = { ...row, version: row.version - 1 };
    const conflict = applyEvent(t.db, stale, {
      type: 'START_REVIEW',
      actorId: s.clerk.id,
      now: DURING_PERIOD,
      outbox: [message],
    });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(outboxRows().map((r) => r.dedupe_key)).toEqual([`receipt:${record.id}`]);
  });

  it('enqueueing a dedupe key twice keeps the first message only', () => {
    const first = enqueueOutbox(t.db, [{ handler: 'a', dedupeKey: 'k', payload: { v: 1 } }], DURING_PERIOD);
    const second = enqueueOutbox(t.db, [{ handler: 'a', dedupeKey: 'k', payload: { v: 2 } }], DURING_PERIOD);
    expect([first, second]).toEqual([1, 0]);
    expect(outboxRows().map((r) => JSON.parse(r.payload))).toEqual([{ v: 1 }]);
  });
});
