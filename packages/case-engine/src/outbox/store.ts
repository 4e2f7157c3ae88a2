import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { outbox } from '../sqlite/schema.ts';
import { deliveredChanges, failedAttemptChanges } from './report.ts';
import type { OutboxMessage } from './types.ts';

/**
 * The storage steps of the dispatcher, one implementation per dialect (SQLite here; PostgreSQL claims with
 * `FOR UPDATE SKIP LOCKED`). Methods may be synchronous (better-sqlite3) or asynchronous (pg).
 */
export interface OutboxStore {
  /** Claims up to `limit` due pending messages for `leaseMs` (other dispatchers skip them meanwhile). */
  claimDue(now: Date, limit: number, leaseMs: number): OutboxMessage[] | Promise<OutboxMessage[]>;
  /** Records a successful delivery. */
  markDelivered(message: OutboxMessage, now: Date): void | Promise<void>;
  /** Records a failed attempt: due again at `retryAt`, or dead when `retryAt` is null. */
  markFailed(message: OutboxMessage, error: string, retryAt: Date | null): void | Promise<void>;
}

/** The SQLite outbox store over an open database. */
export function sqliteOutboxStore(db: FestplatzDb): OutboxStore {
  const due = (now: Date) => and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now));
  return {
    claimDue(now, limit, leaseMs) {
      // Look first without the write lock: most runs find nothing, and they must not block request writers.
      if (!db.orm.select({ id: outbox.id }).from(outbox).where(due(now)).limit(1).get()) return [];
      // Under the write lock (IMMEDIATE) the claimed rows' next_attempt_at moves forward by the lease, so
      // another process's dispatcher does not take them. If this process dies before reporting back, the
      // lease runs out and the message is delivered again (at least once).
      return db.sqlite
        .transaction((): OutboxMessage[] => {
          const claimed = db.orm
            .select()
            .from(outbox)
            .where(due(now))
            .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
            .limit(limit)
            .all();
          if (claimed.length === 0) return [];
          const ids = claimed.map((m) => m.id);
          db.orm
            .update(outbox)
            .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
            .where(inArray(outbox.id, ids))
            .run();
          return claimed;
        })
        .immediate();
    },

    markDelivered(message, now) {
      db.orm
        .update(outbox)
        .set(deliveredChanges(message, now))
        .where(and(eq(outbox.id, message.id), eq(outbox.status, 'pending')))
        .run();
    },

    markFailed(message, error, retryAt) {
      db.orm
        .update(outbox)
        .set(failedAttemptChanges(message, error, retryAt))
        .where(
          and(eq(outbox.id, message.id), eq(outbox.status, 'pending'), eq(outbox.attempts, message.attempts)),
        )
        .run();
    },
  };
}
