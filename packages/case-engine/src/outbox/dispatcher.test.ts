import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db.ts';
import { sqliteRepository } from '../repository/sqlite.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import { exponentialBackoff } from './backoff.ts';
import { createOutboxDispatcher, type OutboxLogEvent } from './dispatcher.ts';
import type { OutboxDelivery, OutboxHandlers } from './types.ts';

const T0 = new Date('2026-01-15T10:00:00Z');
let t: TempDb;
let clock: { now: Date };
let logged: OutboxLogEvent[];
beforeEach(() => {
  t = openTempDb();
  clock = { now: T0 };
  logged = [];
  t.db.sqlite
    .prepare('INSERT INTO tenants (id, name, created_at) VALUES (\'soest\', \'{"de":"Soest"}\', 0)')
    .run();
  t.db.sqlite
    .prepare('INSERT INTO tenants (id, name, created_at) VALUES (\'werl\', \'{"de":"Werl"}\', 0)')
    .run();
});
afterEach(() => t.cleanup());

const at = (ms: number) => new Date(T0.getTime() + ms);

function dispatcher(handlers: OutboxHandlers, maxAttempts = 5) {
  return createOutboxDispatcher({
    store: t.repo.outbox,
    handlers,
    now: () => clock.now,
    backoff: exponentialBackoff({ baseMs: 1000 }),
    maxAttempts,
    log: (event) => logged.push(event),
  });
}

function row(dedupeKey: string) {
  return t.db.sqlite
    .prepare(
      'SELECT status, attempts, next_attempt_at, last_error, delivered_at FROM outbox WHERE dedupe_key = ?',
    )
    .get(dedupeKey) as {
    status: string;
    attempts: number;
    next_attempt_at: number;
    last_error: string | null;
  };
}

function enqueue(dedupeKey: string, handler = 'test.ok', tenantId: string | null = 'soest') {
  return t.repo.enqueueOutbox([{ handler, dedupeKey, payload: { key: dedupeKey }, tenantId }], clock.now);
}

describe('outbox dispatcher', () => {
  it('delivers a due message once with its dedupe key; a second run finds nothing', async () => {
    const calls: OutboxDelivery[] = [];
    const d = dispatcher({ 'test.ok': (m) => void calls.push(m) });
    await enqueue('k1');
    expect(await d.runOnce()).toEqual({ claimed: 1, delivered: 1, retried: 0, dead: 0 });
    expect(await d.runOnce()).toEqual({ claimed: 0, delivered: 0, retried: 0, dead: 0 });
    expect(calls).toEqual([
      expect.objectContaining({ dedupeKey: 'k1', payload: { key: 'k1' }, tenantId: 'soest', attempt: 1 }),
    ]);
    expect(row('k1')).toMatchObject({ status: 'delivered', attempts: 1, delivered_at: T0.getTime() });
    expect(logged).toEqual([expect.objectContaining({ kind: 'delivered', dedupeKey: 'k1', attempts: 1 })]);
  });

  it('retries a handler that fails twice with growing delays and delivers on the 3rd attempt', async () => {
    let calls = 0;
    const d = dispatcher({
      'test.flaky': () => {
        calls++;
        if (calls <= 2) throw new Error(`smtp down (${calls})`);
      },
    });
    await enqueue('k2', 'test.flaky');
    await d.runOnce();
    expect(row('k2')).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: at(1000).getTime() });
    clock.now = at(999);
    expect((await d.runOnce()).claimed).toBe(0);
    clock.now = at(1000);
    await d.runOnce();
    // The second failure waits twice as long: 2000 ms after the attempt at +1000.
    expect(row('k2')).toMatchObject({
      attempts: 2,
      next_attempt_at: at(3000).getTime(),
      last_error: 'smtp down (2)',
    });
    clock.now = at(2999);
    expect((await d.runOnce()).claimed).toBe(0);
    clock.now = at(3000);
    expect(await d.runOnce()).toMatchObject({ delivered: 1 });
    expect(calls).toBe(3);
    expect(row('k2')).toMatchObject({ status: 'delivered', attempts: 3, last_error: null });
    const retries = logged.filter((e) => e.kind === 'retry');
    expect(retries.map((e) => e.kind === 'retry' && e.nextAttemptAt.getTime() - T0.getTime())).toEqual([
      1000, 3000,
    ]);
  });

  it('gives up after maxAttempts (dead, visible per tenant); retry makes it pending and deliverable again', async () => {
    let failing = true;
    const delivered: string[] = [];
    const d = dispatcher(
      {
        'test.flaky': (m) => {
          if (failing) throw new Error('mailbox full');
          delivered.push(m.dedupeKey);
        },
      },
      2,
    );
    await enqueue('k3', 'test.flaky');
    await d.runOnce();
    clock.now = at(1000);
    expect(await d.runOnce()).toMatchObject({ dead: 1 });
    expect(row('k3')).toMatchObject({ status: 'dead', attempts: 2, last_error: 'mailbox full' });
    clock.now = at(60_000);
    expect((await d.runOnce()).claimed).toBe(0);

    const dead = await t.repo.listDeadLetters('soest');
    expect(dead.map((m) => [m.dedupeKey, m.attempts, m.lastError])).toEqual([['k3', 2, 'mailbox full']]);
    expect(await t.repo.listDeadLetters('werl')).toEqual([]);
    expect((await t.repo.listDeadLetters()).map((m) => m.dedupeKey)).toEqual(['k3']);

    const id = dead[0]?.id as string;
    expect(await t.repo.retryDeadLetter(id, { tenantId: 'werl', now: clock.now })).toBeNull();
    expect(await t.repo.retryDeadLetter(id, { tenantId: 'soest', now: clock.now })).toMatchObject({
      status: 'pending',
      attempts: 0,
      lastError: 'mailbox full',
      nextAttemptAt: clock.now,
    });
    expect(await t.repo.retryDeadLetter(id, { now: clock.now })).toBeNull(); // not dead any more
    failing = false;
    expect(await d.runOnce()).toMatchObject({ delivered: 1 });
    expect(delivered).toEqual(['k3']);
    expect(await t.repo.listDeadLetters()).toEqual([]);
  });

  it('sends a message whose handler name is unknown to dead at once, with an error naming it', async () => {
    const d = dispatcher({});
    await enqueue('k4', 'mail.nowhere');
    expect(await d.runOnce()).toMatchObject({ dead: 1 });
    expect(row('k4')).toMatchObject({
      status: 'dead',
      attempts: 1,
      last_error: "no outbox handler is registered under the name 'mail.nowhere'",
    });
  });

  it('does not resolve names inherited from Object.prototype as handlers', async () => {
    const d = dispatcher({});
    await enqueue('k5', 'toString');
    expect(await d.runOnce()).toMatchObject({ dead: 1 });
  });

  it('two dispatchers on two connections deliver each message once (the claim is a lease)', async () => {
    for (const key of ['a', 'b', 'c']) await enqueue(key);
    const other = openDatabase({ file: t.file });
    try {
      const calls: string[] = [];
      const handlers: OutboxHandlers = {
        'test.ok': async (m) => {
          calls.push(m.dedupeKey);
          await new Promise((resolve) => setTimeout(resolve, 20));
        },
      };
      const one = createOutboxDispatcher({ store: t.repo.outbox, handlers, now: () => clock.now });
      const two = createOutboxDispatcher({
        store: sqliteRepository(other).outbox,
        handlers,
        now: () => clock.now,
      });
      const results = await Promise.all([one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()]);
      expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(3);
      expect(calls.sort()).toEqual(['a', 'b', 'c']);
    } finally {
      other.close();
    }
  });

  it('start() runs the loop until stop(); nothing is delivered after stop', async () => {
    const calls: string[] = [];
    const d = createOutboxDispatcher({
      store: t.repo.outbox,
      handlers: { 'test.ok': (m) => void calls.push(m.dedupeKey) },
    });
    await t.repo.enqueueOutbox([{ handler: 'test.ok', dedupeKey: 'loop-1', payload: {} }], new Date());
    d.start(5);
    expect(() => d.start(5)).toThrow(/already started/);
    await waitFor(() => calls.length === 1);
    await d.stop();
    await t.repo.enqueueOutbox([{ handler: 'test.ok', dedupeKey: 'loop-2', payload: {} }], new Date());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual(['loop-1']);
  });

  it('a failing run (closed database) is logged as an error, not an unhandled rejection', async () => {
    const errors: OutboxLogEvent[] = [];
    const other = openDatabase({ file: t.file });
    const d = createOutboxDispatcher({
      store: sqliteRepository(other).outbox,
      handlers: {},
      log: (e) => errors.push(e),
    });
    other.close();
    d.start(5);
    await waitFor(() => errors.length > 0);
    await d.stop();
    expect(errors[0]).toMatchObject({ kind: 'error', error: expect.stringMatching(/not open/) });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
