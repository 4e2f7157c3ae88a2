import { beforeEach, expect, it } from 'vitest';
import { checkChains, type StoredChainEvent } from '../../src/audit/check-chains.ts';
import { GENESIS_HASH } from '../../src/audit/event-hash.ts';
import type { CaseChange } from '../../src/repository/types.ts';
import { newCaseChange } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, jsonValue, seedWorld } from './harness.ts';

const AT = new Date('2026-01-15T09:00:00.250Z');

/** The append-only, hash-chained event log (SEC-6): written by case changes, verified, never edited. */
export function eventLogContract(h: () => ContractHarness): void {
  let world: ContractWorld;

  // A submitted case (log: created, submitted; version 2).
  async function submittedCase(): Promise<string> {
    const change = newCaseChange(world);
    const submitted = {
      type: 'submitted',
      payload: { from: 'draft', to: 'submitted', n: [1, 2] },
      actorId: world.applicant.id,
      at: AT,
      lifecycle: 'event-application@1',
    };
    await h().repo.createCase({ ...change, events: [...change.events, submitted] });
    return change.case.id;
  }

  // The lifecycle step from `version` to `version + 1`, logged as `type` by the system (no actor).
  const step = (applicationId: string, version: number, type: string, payload: unknown): CaseChange => ({
    update: { id: applicationId, expectedVersion: version, state: type, snapshot: { value: type }, now: AT },
    event: { applicationId, type, payload, actorId: null, at: AT, lifecycle: 'event-application@1' },
    outbox: [],
  });

  async function applySteps(applicationId: string, types: string[]): Promise<void> {
    for (const [i, type] of types.entries()) {
      expect(await h().repo.changeCase(step(applicationId, 2 + i, type, { b: i, a: [true, null] }))).toEqual({
        ok: true,
      });
    }
  }

  beforeEach(async () => {
    world = await seedWorld(h().repo);
  });

  it('numbers the entries of a case consecutively and reads them back in order', async () => {
    const { repo } = h();
    const caseId = await submittedCase();
    await applySteps(caseId, ['review_started']);
    expect(await repo.applicationEvents(caseId)).toEqual([
      { seq: 1, type: 'created', at: AT, actorId: world.applicant.id, payload: { state: 'submitted' } },
      {
        seq: 2,
        type: 'submitted',
        at: AT,
        actorId: world.applicant.id,
        payload: { from: 'draft', to: 'submitted', n: [1, 2] },
      },
      { seq: 3, type: 'review_started', at: AT, actorId: null, payload: { b: 0, a: [true, null] } },
    ]);
    expect(await repo.applicationEvents('other-case')).toEqual([]);
  });

  it('chains every entry to its predecessor across creation and changes; the shared checker agrees', async () => {
    const caseId = await submittedCase();
    await applySteps(caseId, ['review_started', 'review_completed', 'admitted']);
    const events = await storedChain(h());
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((e) => e.prevHash)).toEqual([GENESIS_HASH, ...events.slice(0, -1).map((e) => e.hash)]);
    expect(checkChains(events)).toEqual({ ok: true, cases: 1, events: 5, broken: [] });
    expect(await h().repo.verifyAuditChains()).toEqual({ ok: true, cases: 1, events: 5, broken: [] });
  });

  it('verifyAuditChains reports an edited entry as the first broken link of its case only', async () => {
    const edited = await submittedCase();
    await submittedCase();
    await applySteps(edited, ['review_started']);
    await h().tamper(
      `UPDATE application_events SET payload = '{"forged":true}' WHERE application_id = '${edited}' AND seq = 2`,
    );
    expect(await h().repo.verifyAuditChains()).toEqual({
      ok: false,
      cases: 2,
      events: 5,
      broken: [{ applicationId: edited, seq: 2, reason: 'hash_mismatch' }],
    });
  });

  it('verifyAuditChains reports a removed entry as a gap in the sequence', async () => {
    const caseId = await submittedCase();
    await applySteps(caseId, ['review_started']);
    await h().tamper(`DELETE FROM application_events WHERE application_id = '${caseId}' AND seq = 2`);
    expect(await h().repo.verifyAuditChains()).toEqual({
      ok: false,
      cases: 1,
      events: 2,
      broken: [{ applicationId: caseId, seq: 3, reason: 'seq_gap', expectedSeq: 2 }],
    });
  });

  it('verifyAuditChains on an empty log finds nothing to check', async () => {
    expect(await h().repo.verifyAuditChains()).toEqual({ ok: true, cases: 0, events: 0, broken: [] });
  });

  it('refuses UPDATE of a stored event (trigger), leaving it unchanged', async () => {
    const caseId = await submittedCase();
    await expect(h().exec(`UPDATE application_events SET type = 'forged'`)).rejects.toThrow(/append-only/);
    expect((await h().repo.applicationEvents(caseId)).map((e) => e.type)).toEqual(['created', 'submitted']);
  });

  it('refuses DELETE of a stored event (trigger), leaving it in place', async () => {
    const caseId = await submittedCase();
    await expect(h().exec('DELETE FROM application_events')).rejects.toThrow(/append-only/);
    expect(await h().repo.applicationEvents(caseId)).toHaveLength(2);
  });
}

// Raw rows, read past the repository the way an auditor would: SQLite returns `at` as epoch milliseconds and
// JSON as text, node-postgres a Date and an object.
async function storedChain(h: ContractHarness): Promise<StoredChainEvent[]> {
  const rows = await h.query(
    'SELECT application_id, seq, type, payload, actor_id, at, lifecycle, prev_hash, hash ' +
      'FROM application_events ORDER BY application_id, seq',
  );
  return rows.map((r) => ({
    applicationId: String(r.application_id),
    seq: Number(r.seq),
    type: String(r.type),
    payload: jsonValue(r.payload),
    actorId: r.actor_id === null ? null : String(r.actor_id),
    at: new Date(r.at as number | Date),
    lifecycle: String(r.lifecycle),
    prevHash: r.prev_hash as string | null,
    hash: r.hash as string | null,
  }));
}
