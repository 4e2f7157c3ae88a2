import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { FestplatzPgDb } from '../pg/db.ts';
import { outbox } from '../pg/schema.ts';
import { deliveredChanges, failedAttemptChanges } from './report.ts';
import type { OutboxStore } from './store.ts';
import type { OutboxMessage } from './types.ts';

/**
 * The PostgreSQL outbox store, with the semantics of `sqliteOutboxStore`: a claim moves the messages' due time
 * forward by the lease, so no other dispatcher (of this or another server instance) takes them meanwhile; a
 * dispatcher that dies before reporting back leaves them to be delivered again after the lease (at least once).
 */
export function pgOutboxStore(db: FestplatzPgDb): OutboxStore {
  return {
    claimDue(now, limit, leaseMs) {
      // FOR UPDATE SKIP LOCKED: two dispatchers claiming at the same moment get disjoint rows instead of one
      // waiting for the other and then finding the rows' due time already moved past `now`.
      return db.orm.transaction(async (tx): Promise<OutboxMessage[]> => {
        const claimed = await tx
          .select()
          .from(outbox)
          .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
          .orderBy(asc(outbox.nextAttemptAt), sql`${outbox.id} COLLATE "C"`)
          .limit(limit)
          .for('update', { skipLocked: true });
        if (claimed.length === 0) return [];
        await tx
          .update(outbox)
          .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
          .where(
            inArray(
              outbox.id,
              claimed.map((m) => m.id),
            ),
          );
        return claimed;
      });
    },

    async markDelivered(message, now) {
      await db.orm
        .update(outbox)
        .set(deliveredChanges(message, now))
        .where(and(eq(outbox.id, message.id), eq(outbox.status, 'pending')));
    },

    async markFailed(message, error, retryAt) {
      await db.orm
        .update(outbox)
        .set(failedAttemptChanges(message, error, retryAt))
        .where(
          and(eq(outbox.id, message.id), eq(outbox.status, 'pending'), eq(outbox.attempts, message.attempts)),
        );
    },
  };
}
