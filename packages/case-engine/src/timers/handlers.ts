import type { FestplatzDb } from '../db.ts';
import type { OutboxHandlers } from '../outbox/types.ts';
import { documentsDueHandler } from './documents-due.ts';
import { DOCUMENTS_DUE_TIMER, PAYMENT_DUE_TIMER } from './messages.ts';
import { paymentDueHandler } from './payment-due.ts';

/**
 * The timer handlers by name, for the outbox dispatcher (the server merges them with its mail handlers).
 * `now` is the clock of the firing; give the dispatcher the same one.
 */
export function timerHandlers(db: FestplatzDb, options: { now?: () => Date } = {}): OutboxHandlers {
  const now = options.now ?? (() => new Date());
  return {
    [PAYMENT_DUE_TIMER]: paymentDueHandler(db, now),
    [DOCUMENTS_DUE_TIMER]: documentsDueHandler(db, now),
  };
}
