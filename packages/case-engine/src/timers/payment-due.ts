import { revoke } from '../commands/revoke.ts';
import type { OutboxHandler } from '../outbox/types.ts';
import type { Repository } from '../repository/types.ts';
import { parseTimerPayload } from './messages.ts';

/**
 * Handler of `timer.paymentDue`: sends REVOKE through the normal command path with `now` = the firing time
 * and no actor (the system revokes, FEE-3). The lifecycle makes firing idempotent: once the case left
 * payment_pending (paid, withdrawn, or revoked by an earlier firing) REVOKE is refused and the timer is done.
 * Refused while still payment_pending means this clock is not past the due date yet (clocks of two server
 * instances differ), so it throws and the dispatcher tries again after its backoff.
 */
export function paymentDueHandler(repo: Repository, now: () => Date): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    const timer = parseTimerPayload(payload);
    if (!timer) throw new Error(`${dedupeKey}: payload is not a timer payload`);
    const cmd = { tenantId: timer.tenantId, applicationId: timer.applicationId, actorId: null, now: now() };
    const result = await revoke(repo, cmd);
    if (result.ok) return;
    const { error } = result;
    if (error.code === 'TRANSITION_NOT_ALLOWED' && error.state !== 'payment_pending') return;
    // NOT_FOUND, CONFLICT (a command raced this one) and "not overdue yet" are retried, then dead-lettered.
    throw new Error(`${dedupeKey}: REVOKE failed with ${error.code}`);
  };
}
