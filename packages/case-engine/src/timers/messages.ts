import type { CaseRow } from '../applications/apply-event.ts';
import type { NewOutboxMessage } from '../outbox/types.ts';

/** Handler name of the payment timer: revokes the admission when the fee is still unpaid (FEE-3). */
export const PAYMENT_DUE_TIMER = 'timer.paymentDue';

/** Handler name of the document timer: tells staff that requested documents are overdue (DOC-8). */
export const DOCUMENTS_DUE_TIMER = 'timer.documentsDue';

/** Payload of a timer message: ids and the due instant only, the handler reads the case when it fires. */
export interface TimerPayload {
  tenantId: string;
  applicationId: string;
  /** ISO instant the timer is due at (the command's `dueAt`). */
  dueAt: string;
  /** The case's version right after the command that set the timer; identifies that request. */
  version: number;
}

// The guard paymentOverdue wants `now > due`, so the timer is due one millisecond after the deadline: a
// dispatcher that claims it at the earliest moment already finds the payment overdue.
const AFTER_DEADLINE_MS = 1;

function timerMessage(handler: string, kind: string, row: CaseRow, dueAt: Date): NewOutboxMessage {
  const version = row.version + 1;
  const payload: TimerPayload = {
    tenantId: row.tenantId,
    applicationId: row.id,
    dueAt: dueAt.toISOString(),
    version,
  };
  return {
    handler,
    // One timer per request: a retried command finds the key stored and does not schedule twice.
    dedupeKey: `timer:${kind}:${row.id}:${version}`,
    payload,
    tenantId: row.tenantId,
    applicationId: row.id,
    dueAt: new Date(dueAt.getTime() + AFTER_DEADLINE_MS),
  };
}

/** The timer requestPayment writes with its event: fires once the payment due date has passed. */
export function paymentDueTimer(row: CaseRow, dueAt: Date): NewOutboxMessage {
  return timerMessage(PAYMENT_DUE_TIMER, 'paymentDue', row, dueAt);
}

/** The timer requestDocuments writes with its event: fires once the documents' due date has passed. */
export function documentsDueTimer(row: CaseRow, dueAt: Date): NewOutboxMessage {
  return timerMessage(DOCUMENTS_DUE_TIMER, 'documentsDue', row, dueAt);
}

/** Reads a timer payload back; null when the stored JSON is not one (the handler then fails loudly). */
export function parseTimerPayload(value: unknown): TimerPayload | null {
  const p = value as Partial<TimerPayload> | null;
  const ok =
    typeof p?.tenantId === 'string' &&
    typeof p.applicationId === 'string' &&
    typeof p.dueAt === 'string' &&
    typeof p.version === 'number';
  return ok ? (p as TimerPayload) : null;
}
