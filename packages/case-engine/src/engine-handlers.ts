import { LIFECYCLE_ACTION_HANDLERS } from './actions/messages.ts';
import { moveUpFromWaitlistHandler } from './actions/move-up-handler.ts';
import type { OutboxHandlers } from './outbox/types.ts';
import type { Repository } from './repository/types.ts';
import { documentsDueHandler } from './timers/documents-due.ts';
import { DOCUMENTS_DUE_TIMER, PAYMENT_DUE_TIMER } from './timers/messages.ts';
import { paymentDueHandler } from './timers/payment-due.ts';

/**
 * The outbox handlers the engine itself delivers, by name: the timers (src/timers) and the reserve-list
 * move-up (SEL-12). The server merges them with its mail handlers. `now` is the clock of the firing; give
 * the dispatcher the same one.
 */
export function engineOutboxHandlers(repo: Repository, options: { now?: () => Date } = {}): OutboxHandlers {
  const now = options.now ?? (() => new Date());
  return {
    [PAYMENT_DUE_TIMER]: paymentDueHandler(repo, now),
    [DOCUMENTS_DUE_TIMER]: documentsDueHandler(repo, now),
    [LIFECYCLE_ACTION_HANDLERS.moveUpFromWaitlist]: moveUpFromWaitlistHandler(repo, now),
  };
}
