import { beforeEach, expect, it } from 'vitest';
import type { NewOutboxMessage } from '../../src/outbox/types.ts';
import type { CaseChange } from '../../src/repository/types.ts';
import { newCaseChange } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, countRows, seedWorld, storedOutbox } from './harness.ts';

const SUBMITTED_AT = new Date('2026-01-15T09:00:00.250Z');
const LATER = new Date('2026-01-16T11:30:00.500Z');

/** `createCase` and `changeCase`: each one atomic; a change applies only at the expected version. */
export function caseChangesContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  let caseId: string;
  const message = (dedupeKey: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
    handler: 'lifecycle.notifyApplicant',
    dedupeKey,
    payload: { applicationId: caseId },
    tenantId: 'soest',
    applicationId: caseId,
    ...extra,
  });
  // START_REVIEW of the submitted case (version 2 -> 3), with one message due at once and a timer.
  const startReview = (expectedVersion: number, outbox = [message(`notify:${caseId}:3`)]): CaseChange => ({
    update: { id: caseId, expectedVersion, state: 'in_review', snapshot: { value: 'in_review' }, now: LATER },
    event: {
      applicationId: caseId,
      type: 'review_started',
      payload: { event: 'START_REVIEW', from: 'submitted', to: 'in_review' },
      actorId: world.clerk.id,
      at: LATER,
      lifecycle: 'event-application@1',
    },
    outbox,
  });

  beforeEach(async () => {
    world = await seedWorld(h().repo);
    const change = newCaseChange(world, { now: SUBMITTED_AT });
    caseId = change.case.id;
    await h().repo.createCase({
      ...change,
      outbox: [message(`receipt:${caseId}`, { handler: 'mail.receipt', payload: { first: true } })],
    });
  });

  it('createCase stores the case, its log and its outbox messages (due at dueAt, else at once)', async () => {
    const { repo } = h();
    const change = newCaseChange(world, { now: SUBMITTED_AT });
    const dueAt = new Date('2026-02-01T00:00:00.000Z');
    const submitted = {
      type: 'submitted',
      payload: { to: 'submitted' },
      actorId: world.applicant.id,
      at: SUBMITTED_AT,
      lifecycle: 'event-application@1',
    };
    await repo.createCase({
      ...change,
      events: [...change.events, submitted],
      outbox: [
        { handler: 'mail.receipt', dedupeKey: 'a', payload: { n: 1 }, tenantId: 'soest' },
        { handler: 'timer.paymentDue', dedupeKey: 'b', payload: { n: 2 }, dueAt },
      ],
    });
    expect((await repo.applicationEvents(change.case.id)).map((e) => [e.seq, e.type])).toEqual([
      [1, 'created'],
      [2, 'submitted'],
    ]);
    expect((await storedOutbox(h())).filter((m) => m.dedupeKey !== `receipt:${caseId}`)).toEqual([
      {
        dedupeKey: 'a',
        handler: 'mail.receipt',
        payload: { n: 1 },
        tenantId: 'soest',
        applicationId: null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: SUBMITTED_AT,
      },
      {
        dedupeKey: 'b',
        handler: 'timer.paymentDue',
        payload: { n: 2 },
        tenantId: null,
        applicationId: null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: dueAt,
      },
    ]);
  });

  it('createCase whose outbox part fails (unknown tenant) stores nothing at all', async () => {
    const change = newCaseChange(world);
    const broken = { handler: 'mail.receipt', dedupeKey: 'x', payload: {}, tenantId: 'nowhere' };
    await expect(h().repo.createCase({ ...change, outbox: [broken] })).rejects.toThrow();
    expect(await h().repo.loadCase('soest', change.case.id)).toBeNull();
    expect(await countRows(h(), 'applications')).toBe(1);
    expect(await countRows(h(), 'application_events')).toBe(1);
    expect(await countRows(h(), 'outbox')).toBe(1);
  });

  it('changeCase at the expected version: new state and version, one log entry, its outbox messages', async () => {
    const { repo } = h();
    expect(await repo.changeCase(startReview(2))).toEqual({ ok: true });
    expect(await repo.loadCase('soest', caseId)).toMatchObject({
      state: 'in_review',
      snapshot: { value: 'in_review' },
      version: 3,
    });
    const log = await repo.applicationEvents(caseId);
    expect(log.map((e) => [e.seq, e.type, e.actorId])).toEqual([
      [1, 'created', world.applicant.id],
      [2, 'review_started', world.clerk.id],
    ]);
    expect(log[1]).toMatchObject({ at: LATER, payload: { event: 'START_REVIEW', to: 'in_review' } });
    expect((await storedOutbox(h())).map((m) => [m.dedupeKey, m.nextAttemptAt])).toEqual([
      [`notify:${caseId}:3`, LATER],
      [`receipt:${caseId}`, SUBMITTED_AT],
    ]);
  });

  it('changeCase at a stale version is a conflict naming the current version and writes nothing', async () => {
    const { repo } = h();
    expect(await repo.changeCase(startReview(2))).toEqual({ ok: true });
    const stale = startReview(2, [message('stale-message')]);
    expect(await repo.changeCase({ ...stale, update: { ...stale.update, state: 'rejected' } })).toEqual({
      ok: false,
      currentVersion: 3,
    });
    expect(await repo.loadCase('soest', caseId)).toMatchObject({ state: 'in_review', version: 3 });
    expect(await repo.applicationEvents(caseId)).toHaveLength(2);
    expect((await storedOutbox(h())).map((m) => m.dedupeKey)).not.toContain('stale-message');
  });

  it('changeCase on a missing case is a conflict with currentVersion null and writes nothing', async () => {
    const missing = startReview(2, [message('for-nobody', { applicationId: null })]);
    const id = crypto.randomUUID();
    const outcome = await h().repo.changeCase({
      ...missing,
      update: { ...missing.update, id },
      event: { ...missing.event, applicationId: id },
    });
    expect(outcome).toEqual({ ok: false, currentVersion: null });
    expect(await countRows(h(), 'application_events')).toBe(1);
    expect(await countRows(h(), 'outbox')).toBe(1);
  });

  it('changeCase whose outbox part fails (unknown tenant) rolls back the update and the log entry', async () => {
    const { repo } = h();
    await expect(
      repo.changeCase(startReview(2, [message('broken', { tenantId: 'nowhere' })])),
    ).rejects.toThrow();
    expect(await repo.loadCase('soest', caseId)).toMatchObject({ state: 'submitted', version: 2 });
    expect(await repo.applicationEvents(caseId)).toHaveLength(1);
    expect(await countRows(h(), 'outbox')).toBe(1);
  });

  it('skips outbox messages whose dedupe key is already stored, keeping the first one', async () => {
    const { repo } = h();
    const again = message(`receipt:${caseId}`, { handler: 'mail.receipt', payload: { first: false } });
    expect(await repo.changeCase(startReview(2, [again, message('new')]))).toEqual({ ok: true });
    expect((await storedOutbox(h())).map((m) => [m.dedupeKey, m.payload])).toEqual([
      ['new', { applicationId: caseId }],
      [`receipt:${caseId}`, { first: true }],
    ]);
  });

  it('two changes at the same version at once: exactly one applies', async () => {
    const { repo } = h();
    const outcomes = await Promise.all([
      repo.changeCase(startReview(2, [message('a')])),
      repo.changeCase(startReview(2, [message('b')])),
    ]);
    expect(outcomes).toContainEqual({ ok: true });
    expect(outcomes).toContainEqual({ ok: false, currentVersion: 3 });
    expect(await repo.applicationEvents(caseId)).toHaveLength(2);
    expect(await countRows(h(), 'outbox')).toBe(2);
  });
}
