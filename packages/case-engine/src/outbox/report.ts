import type { OutboxMessage } from './types.ts';

// What a dispatcher writes back after an attempt, the same on both dialects (store.ts, pg-store.ts); each
// store applies it to its own table, guarded by `status = 'pending'` and, for failures, by the attempts
// count it claimed: that guard keeps a slow dispatcher whose lease ran out from counting an attempt twice.

/** Column changes of a successful delivery. */
export function deliveredChanges(message: OutboxMessage, now: Date) {
  return { status: 'delivered' as const, attempts: message.attempts + 1, deliveredAt: now, lastError: null };
}

/** Column changes of a failed attempt: due again at `retryAt`, or dead when it is null. */
export function failedAttemptChanges(message: OutboxMessage, error: string, retryAt: Date | null) {
  return {
    attempts: message.attempts + 1,
    lastError: error,
    ...(retryAt ? { nextAttemptAt: retryAt } : { status: 'dead' as const }),
  };
}
