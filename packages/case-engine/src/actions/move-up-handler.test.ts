import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../applications/apply-event.ts';
import { admit, moveUp, waitlist, withdraw } from '../commands/index.ts';
import { engineOutboxHandlers } from '../engine-handlers.ts';
import type { OutboxDelivery } from '../outbox/types.ts';
import type { Repository } from '../repository/types.ts';
import { ok, reviewedCase } from '../testing/commands.ts';
import { DURING_PERIOD, lifecycleBundle, testEdition } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { LIFECYCLE_ACTION_HANDLERS } from './messages.ts';

// SEL-12 on a real SQLite file: an admitted business withdraws, the best-ranked one of the reserve list of
// the same edition and category moves up, and its log says why.

const FIRED_AT = new Date(DURING_PERIOD.getTime() + 86_400_000);
const HOUR = 3_600_000;
let t: TempDb;
let s: Seeded;
seededDbPerTest(
  (world) => ({ t, s } = world),
  lifecycleBundle({ payment: false, waitlist: true, documentReview: false }),
);

const cmd = (applicationId: string): CaseCommand => ({
  tenantId: 'soest',
  applicationId,
  actorId: s.clerk.id,
  now: DURING_PERIOD,
});

async function waitlisted(
  email: string,
  options: { rank?: number; editionId?: string; submittedAt?: Date } = {},
): Promise<string> {
  const { rank, ...submission } = options;
  const { id } = await reviewedCase(t.repo, s, email, submission);
  await ok(waitlist(t.repo, { ...cmd(id), ...(rank === undefined ? {} : { rank }) }));
  return id;
}

/** Admits a case and withdraws it; returns the move-up message that change wrote. */
async function admittedThenWithdrawn(email: string): Promise<{ id: string; delivery: OutboxDelivery }> {
  const { id } = await reviewedCase(t.repo, s, email);
  await ok(admit(t.repo, cmd(id)));
  await ok(withdraw(t.repo, { ...cmd(id), reason: 'Betrieb aufgegeben' }));
  const row = t.db.sqlite
    .prepare('SELECT id, dedupe_key, payload FROM outbox WHERE handler = ? AND application_id = ?')
    .get(LIFECYCLE_ACTION_HANDLERS.moveUpFromWaitlist, id) as {
    id: string;
    dedupe_key: string;
    payload: string;
  };
  const delivery = {
    id: row.id,
    dedupeKey: row.dedupe_key,
    payload: JSON.parse(row.payload),
    tenantId: 'soest',
    applicationId: id,
    attempt: 1,
  };
  return { id, delivery };
}

async function deliver(delivery: OutboxDelivery, repo: Repository = t.repo): Promise<void> {
  const handlers = engineOutboxHandlers(repo, { now: () => FIRED_AT });
  const handler = handlers[LIFECYCLE_ACTION_HANDLERS.moveUpFromWaitlist];
  if (!handler) throw new Error('engineOutboxHandlers lacks the move-up handler');
  await handler(delivery);
}

const stateOf = async (id: string) => (await t.repo.findTenantApplication('soest', id))?.state;

describe('lifecycle.moveUpFromWaitlist (SEL-12)', () => {
  it('moves the best-ranked waitlisted case up, as the system, with a reason naming the freed case', async () => {
    const unranked = await waitlisted('unranked@example.org');
    const second = await waitlisted('second@example.org', { rank: 2 });
    const first = await waitlisted('first@example.org', { rank: 1 });
    const { id: freed, delivery } = await admittedThenWithdrawn('freed@example.org');

    await deliver(delivery);

    expect(await stateOf(first)).toBe('admitted');
    expect([await stateOf(second), await stateOf(unranked)]).toEqual(['waitlisted', 'waitlisted']);
    const moved = (await t.repo.applicationEvents(first)).at(-1);
    expect(moved).toMatchObject({ actorId: null, at: FIRED_AT });
    expect(moved?.payload).toMatchObject({
      event: 'MOVE_UP',
      from: 'waitlisted',
      to: 'admitted',
      reason: expect.stringContaining(freed),
      freedBy: { applicationId: freed, version: (delivery.payload as { version: number }).version },
    });
  });

  it('a redelivered message does not move a second case up', async () => {
    const first = await waitlisted('first@example.org', { rank: 1 });
    const second = await waitlisted('second@example.org', { rank: 2 });
    const { delivery } = await admittedThenWithdrawn('freed@example.org');
    await deliver(delivery);
    await deliver({ ...delivery, attempt: 2 });
    expect([await stateOf(first), await stateOf(second)]).toEqual(['admitted', 'waitlisted']);
  });

  it('without a rank, the earliest submission goes first; other editions are not considered', async () => {
    await t.repo.saveEdition('soest', testEdition({ id: 'testkirmes-2026-b' }));
    const otherEdition = await waitlisted('other-edition@example.org', {
      editionId: 'testkirmes-2026-b',
      submittedAt: DURING_PERIOD,
    });
    const at = (hours: number) => new Date(DURING_PERIOD.getTime() + hours * HOUR);
    const later = await waitlisted('later@example.org', { submittedAt: at(2) });
    const earlier = await waitlisted('earlier@example.org', { submittedAt: at(1) });
    const { delivery } = await admittedThenWithdrawn('freed@example.org');
    await deliver(delivery);
    expect(await stateOf(otherEdition)).toBe('waitlisted');
    expect([await stateOf(earlier), await stateOf(later)]).toEqual(['admitted', 'waitlisted']);
  });

  it('nothing waiting: the message is done and nothing changes', async () => {
    const { id, delivery } = await admittedThenWithdrawn('freed@example.org');
    const before = await t.repo.listTenantApplications('soest');
    await deliver(delivery);
    expect(await t.repo.listTenantApplications('soest')).toEqual(before);
    expect(await stateOf(id)).toBe('withdrawn');
  });

  it('throws, to be retried, when the chosen case moved meanwhile; the retry chooses afresh', async () => {
    const first = await waitlisted('first@example.org', { rank: 1 });
    const second = await waitlisted('second@example.org', { rank: 2 });
    const { delivery } = await admittedThenWithdrawn('freed@example.org');
    // The handler lists the cases, then staff move the first one up by hand before its MOVE_UP is sent.
    const listed = await t.repo.listTenantApplications('soest');
    await ok(moveUp(t.repo, { ...cmd(first), reason: 'Telefonisch nachgerückt' }));
    const stale: Repository = { ...t.repo, listTenantApplications: async () => listed };
    await expect(deliver(delivery, stale)).rejects.toThrow(/TRANSITION_NOT_ALLOWED/);
    expect(await stateOf(second)).toBe('waitlisted');
    await deliver(delivery);
    expect(await stateOf(second)).toBe('admitted');
  });

  it('throws on a payload that is not a lifecycle action payload', async () => {
    const garbage = { id: 'x', dedupeKey: 'x', payload: {}, tenantId: null, applicationId: null, attempt: 1 };
    await expect(deliver(garbage)).rejects.toThrow(/not a lifecycle action payload/);
  });
});
