import { type ReceiptPayload, receiptMessage } from '../outbox/receipt.ts';
import type { NewOutboxMessage } from '../outbox/types.ts';

// The actions a transition returns (XState: returned, not run) become outbox messages written in the same
// transaction as the change, so they run after commit and exactly when it committed (ARCHITECTURE).

/** Outbox handler names of the lifecycle actions; the server delivers the mails, the engine the move-up. */
export const LIFECYCLE_ACTION_HANDLERS = {
  notifyApplicant: 'lifecycle.notifyApplicant',
  issueNotice: 'lifecycle.issueNotice',
  requestPayment: 'lifecycle.requestPayment',
  moveUpFromWaitlist: 'lifecycle.moveUpFromWaitlist',
} as const;

/** A lifecycle action that has its own outbox handler. */
export type LifecycleAction = keyof typeof LIFECYCLE_ACTION_HANDLERS;

/** Payload of a lifecycle action message: ids and the change, no personal data (SEC-5). */
export interface LifecycleActionPayload {
  action: LifecycleAction;
  tenantId: string;
  applicationId: string;
  /** The lifecycle event, e.g. 'REQUEST_PAYMENT'. */
  event: string;
  /** State before the change. */
  from: string;
  /** State after the change. */
  to: string;
  /** The case's version after the change. */
  version: number;
  /** The command's log payload (e.g. amountCents, dueAt, kassenzeichen, reason). */
  details: Record<string, unknown>;
}

/** A committed-to-be change of a case, as the action messages describe it. */
export type CaseTransition = Omit<LifecycleActionPayload, 'action'> & {
  /** The receipt of a submission: `sendReceipt` (on SUBMIT) maps to it. */
  receipt?: ReceiptPayload;
};

function isLifecycleAction(name: string): name is LifecycleAction {
  return Object.hasOwn(LIFECYCLE_ACTION_HANDLERS, name);
}

function actionMessage(name: string, change: CaseTransition): NewOutboxMessage {
  if (name === 'sendReceipt' && change.receipt) return receiptMessage(change.receipt);
  if (!isLifecycleAction(name)) {
    // Machines are built only from registered action names, so this is a broken invariant, not input.
    throw new Error(
      `lifecycle action '${name}' on ${change.event} has no outbox message; map it in actions/messages.ts`,
    );
  }
  const { receipt: _, ...transition } = change;
  const payload: LifecycleActionPayload = { action: name, ...transition };
  return {
    handler: LIFECYCLE_ACTION_HANDLERS[name],
    // One message per action and change: a retried command or a second enqueue does not act twice.
    dedupeKey: `${name}:${change.applicationId}:${change.version}`,
    payload,
    tenantId: change.tenantId,
    applicationId: change.applicationId,
  };
}

/**
 * The outbox of a change: the command's own messages (e.g. a timer, the receipt) followed by one message
 * per action the transition returned, at most one per dedupe key (the first one wins).
 */
export function changeOutbox(
  own: readonly NewOutboxMessage[],
  actionNames: readonly string[],
  change: CaseTransition,
): NewOutboxMessage[] {
  const byKey = new Map<string, NewOutboxMessage>();
  for (const message of [...own, ...actionNames.map((name) => actionMessage(name, change))]) {
    if (!byKey.has(message.dedupeKey)) byKey.set(message.dedupeKey, message);
  }
  return [...byKey.values()];
}

/** Reads a lifecycle action payload back; null when the stored JSON is not one (the handler then fails). */
export function parseLifecycleActionPayload(value: unknown): LifecycleActionPayload | null {
  const p = value as Partial<LifecycleActionPayload> | null;
  const ok =
    typeof p?.action === 'string' &&
    isLifecycleAction(p.action) &&
    typeof p.tenantId === 'string' &&
    typeof p.applicationId === 'string' &&
    typeof p.event === 'string' &&
    typeof p.from === 'string' &&
    typeof p.to === 'string' &&
    typeof p.version === 'number' &&
    typeof p.details === 'object' &&
    p.details !== null;
  return ok ? (p as LifecycleActionPayload) : null;
}
