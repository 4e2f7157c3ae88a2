import { beforeEach, expect, it } from 'vitest';
import { checkChains, type StoredChainEvent } from '../../src/audit/check-chains.ts';
import { GENESIS_HASH } from '../../src/audit/event-hash.ts';
import type { NewLogEntry } from '../../src/repository/types.ts';
import { newCase } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, jsonValue, seedWorld } from './harness.ts';

/** The append-only event log: appends get consecutive seq numbers, UPDATE and DELETE are refused. */
export function eventLogContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  let caseId: string;
  let entry: (type: string, payload: unknown) => NewLogEntry;
  beforeEach(async () => {
    world = await seedWorld(h().repo);
    const row = newCase(world);
    await h().repo.insertCase(row);
    caseId = row.id;
    entry = (type, payload) => ({
      applicationId: caseId,
      type,
      payload,
      actorId: world.applicant.id,
      at: new Date('2026-01-15T09:00:00.250Z'),
      lifecycle: 'event-application@1',
    });
  });

  it('appends with consecutive sequence numbers and reads the log back in order', async () => {
    const { repo } = h();
    expect(await repo.appendEvent(entry('created', { state: 'draft' }))).toBe(1);
    expect(await repo.appendEvent(entry('submitted', { from: 'draft', to: 'submitted', n: [1, 2] }))).toBe(2);
    expect(await repo.appendEvent({ ...entry('review_started', {}), actorId: null })).toBe(3);
    expect(await repo.applicationEvents(caseId)).toEqual([
      {
        seq: 1,
        type: 'created',
        at: new Date('2026-01-15T09:00:00.250Z'),
        actorId: world.applicant.id,
        payload: { state: 'draft' },
      },
      {
        seq: 2,
        type: 'submitted',
        at: new Date('2026-01-15T09:00:00.250Z'),
        actorId: world.applicant.id,
        payload: { from: 'draft', to: 'submitted', n: [1, 2] },
      },
      {
        seq: 3,
        type: 'review_started',
        at: new Date('2026-01-15T09:00:00.250Z'),
        actorId: null,
        payload: {},
      },
    ]);
    expect(await repo.applicationEvents('other-case')).toEqual([]);
  });

  it('chains every event to its predecessor (SEC-6): the stored hashes verify with the shared checker', async () => {
    const { repo } = h();
    await repo.appendEvent(entry('created', { state: 'draft' }));
    await repo.appendEvent(entry('submitted', { from: 'draft', to: 'submitted' }));
    await repo.appendEvent({ ...entry('review_started', { b: 1, a: [true, null] }), actorId: null });
    const events = await storedChain(h());
    expect(events.map((e) => e.prevHash)).toEqual([GENESIS_HASH, events[0]?.hash, events[1]?.hash]);
    expect(checkChains(events)).toEqual({ ok: true, cases: 1, events: 3, broken: [] });
  });

  it('refuses UPDATE of a stored event (trigger), leaving it unchanged', async () => {
    await h().repo.appendEvent(entry('created', { state: 'draft' }));
    await expect(h().exec(`UPDATE application_events SET type = 'forged'`)).rejects.toThrow(/append-only/);
    expect((await h().repo.applicationEvents(caseId)).map((e) => e.type)).toEqual(['created']);
  });

  it('refuses DELETE of a stored event (trigger), leaving it in place', async () => {
    await h().repo.appendEvent(entry('created', { state: 'draft' }));
    await expect(h().exec('DELETE FROM application_events')).rejects.toThrow(/append-only/);
    expect(await h().repo.applicationEvents(caseId)).toHaveLength(1);
  });

  it('refuses an event for an unknown case (foreign key)', async () => {
    await expect(h().repo.appendEvent({ ...entry('created', {}), applicationId: 'nope' })).rejects.toThrow();
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
