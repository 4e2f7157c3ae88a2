import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';

/** The due date of the case's latest payment request, from its log; null when none was requested. */
async function paymentDueOf(repo: Repository, applicationId: string): Promise<string | null> {
  let due: string | null = null;
  for (const entry of await repo.applicationEvents(applicationId)) {
    const payload = entry.payload as { event?: unknown; dueAt?: unknown } | null;
    if (payload?.event === 'REQUEST_PAYMENT' && typeof payload.dueAt === 'string') due = payload.dueAt;
  }
  return due;
}

/**
 * payment_pending -> revoked (REVOKE) for non-payment. The event carries `now` and the `paymentDue` of the
 * payment request, and the paymentOverdue guard refuses (TRANSITION_NOT_ALLOWED) until that has passed.
 * The returned actions issue the revocation notice and move the next on the reserve list up.
 */
export function revoke(repo: Repository, cmd: CaseCommand): Promise<CommandResult<ApplicationRecord>> {
  return sendEvent(repo, cmd, 'REVOKE', async (row) => ({
    now: cmd.now.toISOString(),
    paymentDue: await paymentDueOf(repo, row.id),
  }));
}
