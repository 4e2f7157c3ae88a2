import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import { type ApplicationRecord, applicationEvents } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import type { CommandResult } from '../results.ts';

/** The due date of the case's latest payment request, from its log; null when none was requested. */
export function paymentDueOf(db: FestplatzDb, applicationId: string): string | null {
  let due: string | null = null;
  for (const entry of applicationEvents(db, applicationId)) {
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
export function revoke(db: FestplatzDb, cmd: CaseCommand): CommandResult<ApplicationRecord> {
  return sendEvent(db, cmd, 'REVOKE', {
    now: cmd.now.toISOString(),
    paymentDue: paymentDueOf(db, cmd.applicationId),
  });
}
