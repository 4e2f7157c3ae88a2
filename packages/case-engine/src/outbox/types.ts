/** A side effect to deliver after commit, written in the command's transaction (see Repository.changeCase). */
export interface NewOutboxMessage {
  /** Name of the delivery handler, e.g. 'mail.receipt'; resolved from the dispatcher's registry. */
  handler: string;
  /** One message per key (a second enqueue is ignored); handlers use it to stay idempotent. */
  dedupeKey: string;
  payload: unknown;
  /** Owner of the message for the admin's dead-letter list; applyEvent fills in the case's tenant. */
  tenantId?: string | null;
  applicationId?: string | null;
  /**
   * When the message becomes due (a timer, see src/timers); default: at once, i.e. the command's `now`.
   * The dispatcher claims it from then on, so the due time is persisted with the command and survives restarts.
   */
  dueAt?: Date;
}

/** Delivery status of an outbox message. */
export type OutboxStatus = 'pending' | 'delivered' | 'dead';

/** A stored outbox message. */
export interface OutboxMessage {
  id: string;
  dedupeKey: string;
  handler: string;
  payload: unknown;
  tenantId: string | null;
  applicationId: string | null;
  status: OutboxStatus;
  /** Delivery attempts made so far (a claim that crashed before reporting back does not count). */
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** What a handler receives: delivery is at least once, so the same dedupe key may arrive again. */
export interface OutboxDelivery {
  id: string;
  dedupeKey: string;
  payload: unknown;
  tenantId: string | null;
  applicationId: string | null;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
}

/** Delivers one message; a thrown error (or rejected promise) means "try again later". */
export type OutboxHandler = (delivery: OutboxDelivery) => Promise<void> | void;

/** Handlers by name, passed to the dispatcher as a value (no global registry). */
export type OutboxHandlers = Readonly<Record<string, OutboxHandler>>;
