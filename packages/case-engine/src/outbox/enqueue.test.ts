import { describe, expect, it } from 'vitest';
import { applyEvent } from '../applications/apply-event.ts';
import { submitValid } from '../testing/commands.ts';
import { DURING_PERIOD } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

function outboxRows() {
  return t.db.sqlite
    .prepare('SELECT dedupe_key, handler, payload, tenant_id, application_id, status, attempts FROM outbox')
    .all() as { dedupe_key: string; handler: string; payload: string; status: string; attempts: number }[];
}

async function loadedCase() {
  const record = await submitValid(t.repo, s);
  const row = await t.repo.loadCase('soest', record.id);
  if (!row) throw new Error('setup: case missing');
  return { record, row };
}

describe('outbox rows are written with the command', () => {
  it('submitApplication enqueues one receipt (mail.receipt, receipt:<id>) without form content (SEC-5)', async () => {
    const record = await submitValid(t.repo, s);
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

  it('a submission that fails inside its transaction leaves no outbox row either', async () => {
    t.db.sqlite.exec(
      "CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    );
    await expect(submitValid(t.repo, s)).rejects.toThrow(/injected failure/);
    expect(t.db.sqlite.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
    expect(outboxRows()).toEqual([]);
  });

  it('applyEvent writes the given messages in its change, with the case tenant and id filled in', async () => {
    const { record, row } = await loadedCase();
    const result = await applyEvent(t.repo, row, {
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

  it('applyEvent writes no message when the transition is refused or the version is stale', async () => {
    const { record, row } = await loadedCase();
    const message = { handler: 'x', dedupeKey: 'x:1', payload: {} };
    const event = { actorId: s.clerk.id, now: DURING_PERIOD, outbox: [message] };
    expect((await applyEvent(t.repo, row, { ...event, type: 'SUBMIT' })).ok).toBe(false);
    const stale = { ...row, version: row.version - 1 };
    expect(await applyEvent(t.repo, stale, { ...event, type: 'START_REVIEW' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', version: row.version },
    });
    expect(outboxRows().map((r) => r.dedupe_key)).toEqual([`receipt:${record.id}`]);
  });

  it('enqueueing a dedupe key twice keeps the first message only', async () => {
    const enqueue = (v: number) =>
      t.repo.enqueueOutbox([{ handler: 'a', dedupeKey: 'k', payload: { v } }], DURING_PERIOD);
    expect([await enqueue(1), await enqueue(2)]).toEqual([1, 0]);
    // Also within one group-committed batch.
    expect(await Promise.all([enqueue(3), enqueue(4)])).toEqual([0, 0]);
    expect(outboxRows().map((r) => JSON.parse(r.payload))).toEqual([{ v: 1 }]);
  });
});
