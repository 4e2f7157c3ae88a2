import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationRecord } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import {
  admit,
  completeReview,
  documentsProvided,
  issueNotice,
  recordPayment,
  requestDocuments,
  requestPayment,
} from '../commands/index.ts';
import { openDatabase } from '../db.ts';
import { engineOutboxHandlers } from '../engine-handlers.ts';
import { createOutboxDispatcher } from '../outbox/dispatcher.ts';
import type { OutboxHandlers } from '../outbox/types.ts';
import { sqliteRepository } from '../repository/sqlite.ts';
import type { Repository } from '../repository/types.ts';
import { ok, submitValid } from '../testing/commands.ts';
import { DURING_PERIOD, lifecycleBundle } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';

// Timers are outbox messages due at their deadline (FEE-3 payment, DOC-8 documents), on a real SQLite file.

const DAY = 86_400_000;
const T1 = new Date(DURING_PERIOD.getTime() + DAY);
const DUE = new Date(T1.getTime() + 14 * DAY);
const after = (ms: number) => new Date(DUE.getTime() + ms);

let t: TempDb;
let s: Seeded;
let clock: { now: Date };
seededDbPerTest(
  (world) => ({ t, s } = world),
  lifecycleBundle({ payment: true, waitlist: true, documentReview: true }),
);
beforeEach(() => {
  clock = { now: T1 };
});

const cmd = (id: string) => ({ tenantId: 'soest', applicationId: id, actorId: s.clerk.id, now: T1 });

async function reviewing(): Promise<ApplicationRecord> {
  const submitted = await submitValid(t.repo, s);
  return ok(startReview(t.repo, cmd(submitted.id)));
}

// The receipt, notice and lifecycle messages of the setup are not under test here; out of the way, each
// run's counts are the timers' alone.
function settleOtherMessages(): void {
  t.db.sqlite.prepare("UPDATE outbox SET status = 'delivered' WHERE handler NOT LIKE 'timer.%'").run();
}

async function paymentPending(): Promise<ApplicationRecord> {
  const { id } = await reviewing();
  await ok(completeReview(t.repo, { ...cmd(id), documents: [] }));
  await ok(admit(t.repo, cmd(id)));
  await ok(issueNotice(t.repo, cmd(id)));
  const record = await ok(
    requestPayment(t.repo, { ...cmd(id), amountCents: 12_000, dueAt: DUE, kassenzeichen: 'K-1' }),
  );
  settleOtherMessages();
  return record;
}

function dispatcherOn(repo: Repository, extra: OutboxHandlers = {}) {
  const now = () => clock.now;
  return createOutboxDispatcher({
    store: repo.outbox,
    handlers: { ...engineOutboxHandlers(repo, { now }), ...extra },
    now,
  });
}

function timerRow(handler: string) {
  return t.db.sqlite
    .prepare('SELECT dedupe_key, status, attempts, next_attempt_at FROM outbox WHERE handler = ?')
    .all(handler) as { dedupe_key: string; status: string; attempts: number; next_attempt_at: number }[];
}

const stateOf = async (repo: Repository, id: string) =>
  (await repo.findTenantApplication('soest', id))?.state;

const revokeEvents = async (repo: Repository, id: string) =>
  (await repo.applicationEvents(id)).filter((e) => (e.payload as { event?: string }).event === 'REVOKE');

describe('payment timer (FEE-3)', () => {
  it('is stored with the payment request, due just after dueAt, keyed by case and version', async () => {
    const record = await paymentPending();
    expect(timerRow('timer.paymentDue')).toEqual([
      {
        dedupe_key: `timer:paymentDue:${record.id}:${record.version}`,
        status: 'pending',
        attempts: 0,
        next_attempt_at: DUE.getTime() + 1,
      },
    ]);
  });

  it('does nothing before dueAt; after dueAt it revokes the unpaid case, as the system', async () => {
    const record = await paymentPending();
    const d = dispatcherOn(t.repo);
    clock.now = DUE;
    expect((await d.runOnce()).claimed).toBe(0);
    expect(await stateOf(t.repo, record.id)).toBe('payment_pending');
    clock.now = after(60_000);
    expect(await d.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await stateOf(t.repo, record.id)).toBe('revoked');
    const [revoked] = await revokeEvents(t.repo, record.id);
    expect(revoked).toMatchObject({ actorId: null, at: clock.now });
    expect(revoked?.payload).toMatchObject({ now: clock.now.toISOString(), paymentDue: DUE.toISOString() });
    expect(timerRow('timer.paymentDue')[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('paid before the due date: the firing is a quiet no-op and the message counts as delivered', async () => {
    const record = await paymentPending();
    await ok(recordPayment(t.repo, { ...cmd(record.id), amountCents: 12_000, reference: 'Überweisung 1' }));
    clock.now = after(1000);
    expect(await dispatcherOn(t.repo).runOnce()).toMatchObject({ claimed: 1, delivered: 1, retried: 0 });
    expect(await stateOf(t.repo, record.id)).toBe('paid');
    expect(await revokeEvents(t.repo, record.id)).toEqual([]);
    expect(timerRow('timer.paymentDue')[0]?.status).toBe('delivered');
  });

  it('a firing whose clock is not past the due date yet is retried, not dropped', async () => {
    const record = await paymentPending();
    // A second instance whose clock lags: the message is due by the dispatcher's clock, not the handler's.
    const lagging = createOutboxDispatcher({
      store: t.repo.outbox,
      handlers: engineOutboxHandlers(t.repo, { now: () => DUE }),
      now: () => clock.now,
    });
    clock.now = after(1000);
    expect(await lagging.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await stateOf(t.repo, record.id)).toBe('payment_pending');
    expect(timerRow('timer.paymentDue')[0]).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('two dispatchers on two connections to the same file fire it once (one REVOKE in the log)', async () => {
    const record = await paymentPending();
    const other = openDatabase({ file: t.file });
    try {
      const otherRepo = sqliteRepository(other);
      clock.now = after(1000);
      const one = dispatcherOn(t.repo);
      const two = dispatcherOn(otherRepo);
      const results = await Promise.all([one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()]);
      expect(results.reduce((sum, r) => sum + r.claimed, 0)).toBe(1);
      expect(await revokeEvents(t.repo, record.id)).toHaveLength(1);
      expect(await stateOf(otherRepo, record.id)).toBe('revoked');
    } finally {
      other.close();
    }
  });

  it('survives a restart: scheduled, database closed and reopened, fired after dueAt', async () => {
    const record = await paymentPending();
    t.db.close();
    const reopened = openDatabase({ file: t.file });
    try {
      const repo = sqliteRepository(reopened);
      clock.now = after(1000);
      expect(await dispatcherOn(repo).runOnce()).toMatchObject({ delivered: 1 });
      expect(await stateOf(repo, record.id)).toBe('revoked');
      expect(await revokeEvents(repo, record.id)).toHaveLength(1);
    } finally {
      reopened.close();
    }
  });
});

describe('documents timer (DOC-8)', () => {
  async function documentsRequested(): Promise<ApplicationRecord> {
    const { id } = await reviewing();
    const record = await ok(requestDocuments(t.repo, { ...cmd(id), documents: ['haftpflicht'], dueAt: DUE }));
    settleOtherMessages();
    return record;
  }

  it('still documents_requested after dueAt: a staff notice is enqueued, the case is unchanged', async () => {
    const record = await documentsRequested();
    const notices: unknown[] = [];
    const d = dispatcherOn(t.repo, { 'mail.staffNotice': ({ payload }) => void notices.push(payload) });
    clock.now = DUE;
    expect((await d.runOnce()).claimed).toBe(0);
    clock.now = after(1000);
    await d.runOnce(); // fires the timer, which enqueues the notice due now
    await d.runOnce(); // delivers the notice
    expect(notices).toEqual([
      {
        kind: 'documentsOverdue',
        tenantId: 'soest',
        applicationId: record.id,
        dueAt: DUE.toISOString(),
        version: record.version,
      },
    ]);
    const now = await t.repo.findTenantApplication('soest', record.id);
    expect(now).toMatchObject({ state: 'documents_requested', version: record.version });
  });

  it('documents provided before dueAt: the firing enqueues nothing', async () => {
    const record = await documentsRequested();
    await ok(documentsProvided(t.repo, { ...cmd(record.id), documents: ['haftpflicht'] }));
    clock.now = after(1000);
    expect(await dispatcherOn(t.repo).runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(timerRow('mail.staffNotice')).toEqual([]);
  });
});
