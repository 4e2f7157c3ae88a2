import { expect, it } from 'vitest';
import { logTypeOf } from '../src/applications/event-log.ts';
import {
  type ApplicationRecord,
  admit,
  type CaseCommand,
  type CommandResult,
  completeReview,
  createOutboxDispatcher,
  engineOutboxHandlers,
  issueNotice,
  LIFECYCLE_ACTION_HANDLERS,
  type OutboxHandlers,
  PAYMENT_DUE_TIMER,
  RECEIPT_HANDLER,
  type Repository,
  requestPayment,
  startReview,
  submitApplication,
} from '../src/index.ts';
import { DURING_PERIOD, testBundle, validData } from '../src/testing/fixtures.ts';
import { describeWithPg } from './support/describe-pg.ts';
import { twoInstances } from './support/pg-instances.ts';

// Timers are outbox rows claimed with FOR UPDATE SKIP LOCKED: two server instances, each with its own
// dispatcher, firing the same due payment timers at the same moments, revoke each unpaid case exactly once
// and deliver each timer exactly once.

const DAY = 86_400_000;
const T1 = new Date(DURING_PERIOD.getTime() + DAY);
const DUE = new Date(T1.getTime() + 14 * DAY);
const FIRING = new Date(DUE.getTime() + DAY);
const CASES = 12;

describeWithPg('payment timers with two server instances (PostgreSQL)', (cluster) => {
  const options = { payment: true, waitlist: true, documentReview: true };
  const instances = twoInstances(
    cluster,
    testBundle({ lifecycle: { template: 'event-application', version: 2, options } }),
  );

  // submitted -> ... -> payment_pending, with the payment timer due just after DUE.
  async function paymentPendingCase(repo: Repository): Promise<string> {
    const { world } = instances();
    const submitted = ok(
      await submitApplication(repo, {
        editionId: world.editionId,
        applicantId: world.applicant.id,
        data: validData(),
        now: DURING_PERIOD,
      }),
    );
    const cmd: CaseCommand = {
      tenantId: 'soest',
      applicationId: submitted.id,
      actorId: world.clerk.id,
      now: T1,
    };
    ok(await startReview(repo, cmd));
    ok(await completeReview(repo, { ...cmd, documents: [] }));
    ok(await admit(repo, cmd));
    ok(await issueNotice(repo, cmd));
    ok(await requestPayment(repo, { ...cmd, amountCents: 12_000, dueAt: DUE, kassenzeichen: 'K-1' }));
    return submitted.id;
  }

  // The engine's handlers plus no-op mail handlers (mails are not under test), recording every attempt to
  // deliver a payment timer.
  function handlersOf(repo: Repository, attempts: string[]): OutboxHandlers {
    const engine = engineOutboxHandlers(repo, { now: () => FIRING });
    const mails = [RECEIPT_HANDLER, ...Object.values(LIFECYCLE_ACTION_HANDLERS)];
    const paymentDue = engine[PAYMENT_DUE_TIMER];
    if (!paymentDue) throw new Error(`engineOutboxHandlers has no ${PAYMENT_DUE_TIMER} handler`);
    return {
      ...Object.fromEntries(mails.map((name) => [name, () => {}])),
      ...engine,
      [PAYMENT_DUE_TIMER]: async (delivery) => {
        attempts.push(delivery.dedupeKey);
        await paymentDue(delivery);
      },
    };
  }

  it('two dispatchers firing at the same moments revoke each unpaid case exactly once', async () => {
    const { a, b } = instances();
    const ids: string[] = [];
    for (let i = 0; i < CASES; i++) ids.push(await paymentPendingCase(i % 2 === 0 ? a.repo : b.repo));
    const attempts: string[] = [];
    // Small batches and no lock-step: each instance claims again while the other is still delivering, so
    // only the claim's lease keeps a claimed timer from being taken twice.
    const dispatchers = [a, b].map(({ repo }) =>
      createOutboxDispatcher({
        store: repo.outbox,
        handlers: handlersOf(repo, attempts),
        now: () => FIRING,
        batchSize: 3,
      }),
    );
    await Promise.all(
      dispatchers.map(async (dispatcher) => {
        while ((await dispatcher.runOnce()).claimed > 0);
      }),
    );

    for (const id of ids) {
      expect(await a.repo.loadCase('soest', id)).toMatchObject({ state: 'revoked' });
      const revocations = (await b.repo.applicationEvents(id)).filter((e) => e.type === logTypeOf('REVOKE'));
      expect(revocations).toHaveLength(1);
    }
    const timers = await a.db.pool.query<{ dedupe_key: string; status: string; attempts: number }>(
      'SELECT dedupe_key, status, attempts FROM outbox WHERE handler = $1 ORDER BY dedupe_key',
      [PAYMENT_DUE_TIMER],
    );
    expect(timers.rows).toHaveLength(CASES);
    expect(timers.rows.every((row) => row.status === 'delivered' && row.attempts === 1)).toBe(true);
    expect(attempts.sort()).toEqual(timers.rows.map((row) => row.dedupe_key));
    expect(await a.repo.listDeadLetters()).toEqual([]);
    expect(await b.repo.verifyAuditChains()).toMatchObject({ ok: true, broken: [] });
  }, 30_000);
});

function ok(result: CommandResult<ApplicationRecord>): ApplicationRecord {
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
