import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../applications/apply-event.ts';
import { admit, issueNotice, requestPayment, withdraw } from '../commands/index.ts';
import { ok, reviewedCase } from '../testing/commands.ts';
import { DURING_PERIOD, lifecycleBundle } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { changeOutbox, LIFECYCLE_ACTION_HANDLERS } from './messages.ts';

// The actions a transition returns become outbox rows of the same change (on a real SQLite file).

let t: TempDb;
let s: Seeded;
seededDbPerTest(
  (world) => ({ t, s } = world),
  lifecycleBundle({ payment: true, waitlist: true, documentReview: false }),
);

const cmd = (applicationId: string): CaseCommand => ({
  tenantId: 'soest',
  applicationId,
  actorId: s.clerk.id,
  now: DURING_PERIOD,
});

/** The lifecycle rows of one case, in dedupe-key order, payloads decoded. */
function lifecycleRows(applicationId: string) {
  const rows = t.db.sqlite
    .prepare(
      `SELECT handler, dedupe_key AS dedupeKey, payload, tenant_id AS tenantId FROM outbox
       WHERE application_id = ? AND handler LIKE 'lifecycle.%' ORDER BY dedupe_key`,
    )
    .all(applicationId) as { handler: string; dedupeKey: string; payload: string; tenantId: string }[];
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
}

describe('lifecycle actions as outbox rows', () => {
  it('WITHDRAW from admitted writes notifyApplicant and moveUpFromWaitlist once, with the change', async () => {
    const { id } = await reviewedCase(t.repo, s, 'a@example.org');
    await ok(admit(t.repo, cmd(id)));
    expect(lifecycleRows(id)).toEqual([]); // ADMIT returns no action
    const withdrawn = await ok(withdraw(t.repo, { ...cmd(id), reason: 'Krank' }));
    const change = {
      tenantId: 'soest',
      applicationId: id,
      event: 'WITHDRAW',
      from: 'admitted',
      to: 'withdrawn',
      version: withdrawn.version,
      details: { by: 'staff', reason: 'Krank' },
    };
    expect(lifecycleRows(id)).toEqual([
      {
        handler: LIFECYCLE_ACTION_HANDLERS.moveUpFromWaitlist,
        dedupeKey: `moveUpFromWaitlist:${id}:${withdrawn.version}`,
        payload: { action: 'moveUpFromWaitlist', ...change },
        tenantId: 'soest',
      },
      {
        handler: LIFECYCLE_ACTION_HANDLERS.notifyApplicant,
        dedupeKey: `notifyApplicant:${id}:${withdrawn.version}`,
        payload: { action: 'notifyApplicant', ...change },
        tenantId: 'soest',
      },
    ]);
    // A second WITHDRAW is refused and writes nothing more.
    expect((await withdraw(t.repo, cmd(id))).ok).toBe(false);
    expect(lifecycleRows(id)).toHaveLength(2);
  });

  it('WITHDRAW from notified writes the pair for that transition, after the notice row of ISSUE_NOTICE', async () => {
    const { id } = await reviewedCase(t.repo, s, 'a@example.org');
    await ok(admit(t.repo, cmd(id)));
    const notified = await ok(issueNotice(t.repo, cmd(id)));
    const withdrawn = await ok(withdraw(t.repo, cmd(id)));
    expect(lifecycleRows(id).map((r) => [r.dedupeKey, r.payload.from, r.payload.to])).toEqual([
      [`issueNotice:${id}:${notified.version}`, 'admitted', 'notified'],
      [`moveUpFromWaitlist:${id}:${withdrawn.version}`, 'notified', 'withdrawn'],
      [`notifyApplicant:${id}:${withdrawn.version}`, 'notified', 'withdrawn'],
    ]);
    expect(lifecycleRows(id)[0]?.payload.details).toEqual({ notice: 'admission' });
  });

  it('REQUEST_PAYMENT writes lifecycle.requestPayment with amount, due date and Kassenzeichen', async () => {
    const { id } = await reviewedCase(t.repo, s, 'a@example.org');
    await ok(admit(t.repo, cmd(id)));
    await ok(issueNotice(t.repo, cmd(id)));
    const dueAt = new Date(DURING_PERIOD.getTime() + 14 * 86_400_000);
    const pending = await ok(
      requestPayment(t.repo, { ...cmd(id), amountCents: 48_500, dueAt, kassenzeichen: 'KZ-2026-0001' }),
    );
    const [row] = lifecycleRows(id).filter((r) => r.handler === LIFECYCLE_ACTION_HANDLERS.requestPayment);
    expect(row).toEqual({
      handler: 'lifecycle.requestPayment',
      dedupeKey: `requestPayment:${id}:${pending.version}`,
      tenantId: 'soest',
      payload: {
        action: 'requestPayment',
        tenantId: 'soest',
        applicationId: id,
        event: 'REQUEST_PAYMENT',
        from: 'notified',
        to: 'payment_pending',
        version: pending.version,
        details: { amountCents: 48_500, dueAt: dueAt.toISOString(), kassenzeichen: 'KZ-2026-0001' },
      },
    });
  });
});

describe('changeOutbox', () => {
  const change = {
    tenantId: 'soest',
    applicationId: 'case-1',
    event: 'SUBMIT',
    from: 'draft',
    to: 'submitted',
    version: 2,
    details: {},
  };
  const receipt = { applicationId: 'case-1', tenantId: 'soest', dataHash: 'abc' };
  const ownReceipt = { handler: 'mail.receipt', dedupeKey: 'receipt:case-1', payload: receipt };

  it('maps sendReceipt to the receipt the submission writes anyway: one message per dedupe key', () => {
    const outbox = changeOutbox([ownReceipt], ['sendReceipt'], { ...change, receipt });
    expect(outbox).toEqual([ownReceipt]);
  });

  it('refuses an action it has no message for (a broken invariant, not input)', () => {
    expect(() => changeOutbox([], ['sendReceipt'], change)).toThrow(/sendReceipt/);
    expect(() => changeOutbox([], ['launchFireworks'], change)).toThrow(/launchFireworks/);
  });
});
