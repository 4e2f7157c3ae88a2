import { beforeEach, expect, it } from 'vitest';
import type { NewOutboxMessage, OutboxMessage } from '../../src/outbox/types.ts';
import { type ContractHarness, storedOutbox } from './harness.ts';

const T0 = new Date('2026-01-15T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const LEASE = 60_000;

const message = (dedupeKey: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  handler: 'mail.receipt',
  dedupeKey,
  payload: { key: dedupeKey },
  tenantId: 'soest',
  ...extra,
});

const keys = (messages: readonly OutboxMessage[]) => messages.map((m) => m.dedupeKey);

/** The outbox: enqueue with dedupe keys, claims with leases, delivery reports, dead letters and their retry. */
export function outboxContract(h: () => ContractHarness): void {
  beforeEach(async () => {
    await h().repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
    await h().repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
  });

  // Claims one message and reports it failed for good (dead), `ms` after T0.
  async function killAt(dedupeKey: string, ms: number, tenantId = 'soest'): Promise<void> {
    const { repo } = h();
    await repo.enqueueOutbox([message(dedupeKey, { tenantId })], at(ms));
    const [claimed] = await repo.outbox.claimDue(at(ms), 1, LEASE);
    if (claimed?.dedupeKey !== dedupeKey) throw new Error(`killAt: ${dedupeKey} was not claimed`);
    await repo.outbox.markFailed(claimed, `boom ${dedupeKey}`, null);
  }

  it('enqueueOutbox counts new messages and skips dedupe keys already stored', async () => {
    const { repo } = h();
    expect(await repo.enqueueOutbox([message('a'), message('b')], T0)).toBe(2);
    expect(await repo.enqueueOutbox([message('b', { payload: 'again' }), message('c')], T0)).toBe(1);
    expect(await repo.enqueueOutbox([], T0)).toBe(0);
    expect((await storedOutbox(h())).map((m) => [m.dedupeKey, m.payload])).toEqual([
      ['a', { key: 'a' }],
      ['b', { key: 'b' }],
      ['c', { key: 'c' }],
    ]);
  });

  it('claims only pending messages that are due, earliest first, at most `limit`', async () => {
    const { repo } = h();
    await repo.enqueueOutbox(
      [message('later', { dueAt: at(5_000) }), message('now'), message('earlier', { dueAt: at(-5_000) })],
      T0,
    );
    const claimed = await repo.outbox.claimDue(T0, 10, LEASE);
    expect(keys(claimed)).toEqual(['earlier', 'now']);
    expect(claimed[1]).toMatchObject({
      handler: 'mail.receipt',
      payload: { key: 'now' },
      tenantId: 'soest',
      applicationId: null,
      status: 'pending',
      attempts: 0,
      lastError: null,
      createdAt: T0,
      deliveredAt: null,
    });
    expect(keys(await repo.outbox.claimDue(at(5_000), 10, LEASE))).toEqual(['later']);
    await repo.enqueueOutbox([message('y'), message('x', { dueAt: at(9_000) })], at(10_000));
    expect(keys(await repo.outbox.claimDue(at(10_000), 1, LEASE))).toEqual(['x']);
  });

  it('a claimed message is not claimed again before its lease ends, and is again after (at least once)', async () => {
    const { repo } = h();
    await repo.enqueueOutbox([message('m')], T0);
    expect(keys(await repo.outbox.claimDue(T0, 10, LEASE))).toEqual(['m']);
    expect(await repo.outbox.claimDue(at(LEASE - 1), 10, LEASE)).toEqual([]);
    const reclaimed = await repo.outbox.claimDue(at(LEASE), 10, LEASE);
    // The crashed claim did not report back, so it counts no attempt.
    expect(reclaimed.map((m) => [m.dedupeKey, m.attempts])).toEqual([['m', 0]]);
  });

  it('two claims at once get disjoint messages', async () => {
    const { repo } = h();
    const all = ['a', 'b', 'c', 'd', 'e', 'f'];
    await repo.enqueueOutbox(
      all.map((key) => message(key)),
      T0,
    );
    const [first, second] = await Promise.all([
      repo.outbox.claimDue(T0, 4, LEASE),
      repo.outbox.claimDue(T0, 4, LEASE),
    ]);
    expect([...keys(first ?? []), ...keys(second ?? [])].sort()).toEqual(all);
  });

  it('markDelivered ends a message: delivered, one attempt, never claimed again', async () => {
    const { repo } = h();
    await repo.enqueueOutbox([message('m')], T0);
    const [claimed] = await repo.outbox.claimDue(T0, 10, LEASE);
    if (!claimed) throw new Error('nothing claimed');
    await repo.outbox.markDelivered(claimed, at(1_000));
    expect(await repo.outbox.claimDue(at(10 * LEASE), 10, LEASE)).toEqual([]);
    expect(await storedOutbox(h())).toMatchObject([{ dedupeKey: 'm', status: 'delivered', attempts: 1 }]);
  });

  it('markFailed with a retry time: due again then (not before), attempts and error recorded once', async () => {
    const { repo } = h();
    await repo.enqueueOutbox([message('m')], T0);
    const [claimed] = await repo.outbox.claimDue(T0, 10, LEASE);
    if (!claimed) throw new Error('nothing claimed');
    await repo.outbox.markFailed(claimed, 'smtp down', at(30_000));
    // A second report of the same claimed attempt (a slow dispatcher whose lease ran out) is ignored.
    await repo.outbox.markFailed(claimed, 'smtp down again', at(90_000));
    expect(await repo.outbox.claimDue(at(29_999), 10, LEASE)).toEqual([]);
    const [retried] = await repo.outbox.claimDue(at(30_000), 10, LEASE);
    expect(retried).toMatchObject({ dedupeKey: 'm', attempts: 1, lastError: 'smtp down', status: 'pending' });
  });

  it('markFailed without a retry time makes a dead letter, listed newest first and per tenant', async () => {
    const { repo } = h();
    await killAt('old', 0);
    await killAt('new', 1_000);
    await killAt('werl', 2_000, 'werl');
    expect(await repo.outbox.claimDue(at(10 * LEASE), 10, LEASE)).toEqual([]);
    expect(keys(await repo.listDeadLetters())).toEqual(['werl', 'new', 'old']);
    const soest = await repo.listDeadLetters('soest');
    expect(keys(soest)).toEqual(['new', 'old']);
    expect(soest[0]).toMatchObject({ status: 'dead', attempts: 1, lastError: 'boom new', tenantId: 'soest' });
    expect(await repo.listDeadLetters('nowhere')).toEqual([]);
  });

  it('retryDeadLetter puts a dead letter back: pending, due now, a fresh attempt budget', async () => {
    const { repo } = h();
    await killAt('m', 0);
    const retried = await repo.retryDeadLetter((await repo.listDeadLetters())[0]?.id ?? '', {
      tenantId: 'soest',
      now: at(5_000),
    });
    expect(retried).toMatchObject({
      dedupeKey: 'm',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at(5_000),
      lastError: 'boom m',
    });
    expect(await repo.listDeadLetters()).toEqual([]);
    expect(keys(await repo.outbox.claimDue(at(5_000), 10, LEASE))).toEqual(['m']);
  });

  it('retryDeadLetter refuses what is missing, not dead, or another tenant’s (null, nothing changed)', async () => {
    const { repo } = h();
    await killAt('dead', 0);
    await repo.enqueueOutbox([message('pending')], T0);
    const [dead] = await repo.listDeadLetters();
    if (!dead) throw new Error('no dead letter');
    const pendingId = (await repo.outbox.claimDue(T0, 10, LEASE))[0]?.id ?? '';
    expect(await repo.retryDeadLetter(dead.id, { tenantId: 'werl', now: T0 })).toBeNull();
    expect(await repo.retryDeadLetter(pendingId, { now: T0 })).toBeNull();
    expect(await repo.retryDeadLetter('no-such-message', { now: T0 })).toBeNull();
    expect(keys(await repo.listDeadLetters())).toEqual(['dead']);
    expect(await repo.retryDeadLetter(dead.id, { now: T0 })).toMatchObject({ status: 'pending' });
  });
}
