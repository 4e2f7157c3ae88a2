import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApplicationRecord, applicationEvents, findTenantApplication } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import { submitApplication } from '../applications/submit.ts';
import {
  admit,
  completeReview,
  documentsProvided,
  issueNotice,
  recordPayment,
  requestDocuments,
  requestPayment,
} from '../commands/index.ts';
import { type FestplatzDb, openDatabase } from '../db.ts';
import { saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import { createOutboxDispatcher } from '../outbox/dispatcher.ts';
import type { OutboxHandlers } from '../outbox/types.ts';
import { DURING_PERIOD, testBundle, testEdition, validData } from '../testing/fixtures.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import { ensureUser, upsertTenant } from '../users.ts';
import { timerHandlers } from './handlers.ts';

// Timers are outbox messages due at their deadline (FEE-3 payment, DOC-8 documents), on a real SQLite file.

const DAY = 86_400_000;
const T1 = new Date(DURING_PERIOD.getTime() + DAY);
const DUE = new Date(T1.getTime() + 14 * DAY);
const after = (ms: number) => new Date(DUE.getTime() + ms);

let t: TempDb;
let clerkId: string;
let clock: { now: Date };
beforeEach(() => {
  t = openTempDb();
  clock = { now: T1 };
  upsertTenant(t.db, { id: 'soest', name: { de: 'Stadt Soest' } });
  const options = { payment: true, waitlist: true, documentReview: true };
  publishEventType(
    t.db,
    'soest',
    testBundle({ lifecycle: { template: 'event-application', version: 2, options } }),
  );
  saveEdition(t.db, 'soest', testEdition());
  clerkId = ensureUser(t.db, 'kirmesbuero@soest.example').id;
});
afterEach(() => t.cleanup());

function ok(
  result: { ok: true; value: ApplicationRecord } | { ok: false; error: unknown },
): ApplicationRecord {
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const cmd = (id: string) => ({ tenantId: 'soest', applicationId: id, actorId: clerkId, now: T1 });

function reviewing(): ApplicationRecord {
  const applicantId = ensureUser(t.db, 'anna@example.org').id;
  const submitted = ok(
    submitApplication(t.db, {
      editionId: testEdition().id,
      applicantId,
      data: validData(),
      now: DURING_PERIOD,
    }),
  );
  return ok(startReview(t.db, cmd(submitted.id)));
}

// The receipt and notice mails of the setup are not under test here; out of the way, each run's counts
// are the timers' alone.
function settleOtherMessages(): void {
  t.db.sqlite.prepare("UPDATE outbox SET status = 'delivered' WHERE handler NOT LIKE 'timer.%'").run();
}

function paymentPending(): ApplicationRecord {
  const { id } = reviewing();
  ok(completeReview(t.db, { ...cmd(id), documents: [] }));
  ok(admit(t.db, cmd(id)));
  ok(issueNotice(t.db, cmd(id)));
  const record = ok(
    requestPayment(t.db, { ...cmd(id), amountCents: 12_000, dueAt: DUE, kassenzeichen: 'K-1' }),
  );
  settleOtherMessages();
  return record;
}

function dispatcherOn(db: FestplatzDb, extra: OutboxHandlers = {}) {
  const now = () => clock.now;
  return createOutboxDispatcher({ db, handlers: { ...timerHandlers(db, { now }), ...extra }, now });
}

function timerRow(db: FestplatzDb, handler: string) {
  return db.sqlite
    .prepare('SELECT dedupe_key, status, attempts, next_attempt_at FROM outbox WHERE handler = ?')
    .all(handler) as { dedupe_key: string; status: string; attempts: number; next_attempt_at: number }[];
}

const revokeEvents = (db: FestplatzDb, id: string) =>
  applicationEvents(db, id).filter((e) => (e.payload as { event?: string }).event === 'REVOKE');

describe('payment timer (FEE-3)', () => {
  it('is stored with the payment request, due just after dueAt, keyed by case and version', () => {
    const record = paymentPending();
    expect(timerRow(t.db, 'timer.paymentDue')).toEqual([
      {
        dedupe_key: `timer:paymentDue:${record.id}:${record.version}`,
        status: 'pending',
        attempts: 0,
        next_attempt_at: DUE.getTime() + 1,
      },
    ]);
  });

  it('does nothing before dueAt; after dueAt it revokes the unpaid case, as the system', async () => {
    const record = paymentPending();
    const d = dispatcherOn(t.db);
    clock.now = DUE;
    expect((await d.runOnce()).claimed).toBe(0);
    expect(findTenantApplication(t.db, 'soest', record.id)?.state).toBe('payment_pending');
    clock.now = after(60_000);
    expect(await d.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(findTenantApplication(t.db, 'soest', record.id)?.state).toBe('revoked');
    const [revoked] = revokeEvents(t.db, record.id);
    expect(revoked).toMatchObject({ actorId: null, at: clock.now });
    expect(revoked?.payload).toMatchObject({ now: clock.now.toISOString(), paymentDue: DUE.toISOString() });
    expect(timerRow(t.db, 'timer.paymentDue')[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('paid before the due date: the firing is a quiet no-op and the message counts as delivered', async () => {
    const record = paymentPending();
    ok(recordPayment(t.db, { ...cmd(record.id), amountCents: 12_000, reference: 'Überweisung 1' }));
    clock.now = after(1000);
    expect(await dispatcherOn(t.db).runOnce()).toMatchObject({ claimed: 1, delivered: 1, retried: 0 });
    expect(findTenantApplication(t.db, 'soest', record.id)?.state).toBe('paid');
    expect(revokeEvents(t.db, record.id)).toEqual([]);
    expect(timerRow(t.db, 'timer.paymentDue')[0]?.status).toBe('delivered');
  });

  it('a firing whose clock is not past the due date yet is retried, not dropped', async () => {
    const record = paymentPending();
    // A second instance whose clock lags: the message is due by the dispatcher's clock, not the handler's.
    const lagging = createOutboxDispatcher({
      db: t.db,
      handlers: timerHandlers(t.db, { now: () => DUE }),
      now: () => clock.now,
    });
    clock.now = after(1000);
    expect(await lagging.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(findTenantApplication(t.db, 'soest', record.id)?.state).toBe('payment_pending');
    expect(timerRow(t.db, 'timer.paymentDue')[0]).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('two dispatchers on two connections to the same file fire it once (one REVOKE in the log)', async () => {
    const record = paymentPending();
    const other = openDatabase({ file: t.file });
    try {
      clock.now = after(1000);
      const one = dispatcherOn(t.db);
      const two = dispatcherOn(other);
      const results = await Promise.all([one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()]);
      expect(results.reduce((sum, r) => sum + r.claimed, 0)).toBe(1);
      expect(revokeEvents(t.db, record.id)).toHaveLength(1);
      expect(findTenantApplication(other, 'soest', record.id)?.state).toBe('revoked');
    } finally {
      other.close();
    }
  });

  it('survives a restart: scheduled, database closed and reopened, fired after dueAt', async () => {
    const record = paymentPending();
    t.db.close();
    const reopened = openDatabase({ file: t.file });
    try {
      clock.now = after(1000);
      expect(await dispatcherOn(reopened).runOnce()).toMatchObject({ delivered: 1 });
      expect(findTenantApplication(reopened, 'soest', record.id)?.state).toBe('revoked');
      expect(revokeEvents(reopened, record.id)).toHaveLength(1);
    } finally {
      reopened.close();
    }
  });
});

describe('documents timer (DOC-8)', () => {
  function documentsRequested(): ApplicationRecord {
    const { id } = reviewing();
    const record = ok(requestDocuments(t.db, { ...cmd(id), documents: ['haftpflicht'], dueAt: DUE }));
    settleOtherMessages();
    return record;
  }

  it('still documents_requested after dueAt: a staff notice is enqueued, the case is unchanged', async () => {
    const record = documentsRequested();
    const notices: unknown[] = [];
    const d = dispatcherOn(t.db, { 'mail.staffNotice': ({ payload }) => void notices.push(payload) });
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
    const now = findTenantApplication(t.db, 'soest', record.id);
    expect(now).toMatchObject({ state: 'documents_requested', version: record.version });
  });

  it('documents provided before dueAt: the firing enqueues nothing', async () => {
    const record = documentsRequested();
    ok(documentsProvided(t.db, { ...cmd(record.id), documents: ['haftpflicht'] }));
    clock.now = after(1000);
    expect(await dispatcherOn(t.db).runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(timerRow(t.db, 'mail.staffNotice')).toEqual([]);
  });
});
