import { and, desc, eq } from 'drizzle-orm';
import type { NewOutboxMessage, OutboxMessage } from '../../outbox/types.ts';
import type { FestplatzPgDb, PgQueries } from '../../pg/db.ts';
import { outbox } from '../../pg/schema.ts';

/**
 * Writes outbox messages due at their `dueAt` (timers), else at `now`; call it inside a case change's
 * transaction so a message exists exactly when the change committed. A dedupe key already stored is skipped
 * (ON CONFLICT DO NOTHING; a concurrent writer of the same key waits for the first one's commit). Returns how
 * many messages were new.
 */
export async function insertOutbox(
  q: PgQueries,
  messages: readonly NewOutboxMessage[],
  now: Date,
): Promise<number> {
  if (messages.length === 0) return 0;
  const inserted = await q
    .insert(outbox)
    .values(
      messages.map((message) => ({
        dedupeKey: message.dedupeKey,
        handler: message.handler,
        payload: message.payload,
        tenantId: message.tenantId ?? null,
        applicationId: message.applicationId ?? null,
        nextAttemptAt: message.dueAt ?? now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return inserted.length;
}

/** Dead outbox messages (delivery gave up), newest first; only one tenant's when `tenantId` is given. */
export function listDeadLetters(db: FestplatzPgDb, tenantId?: string): Promise<OutboxMessage[]> {
  const dead = eq(outbox.status, 'dead');
  return db.orm
    .select()
    .from(outbox)
    .where(tenantId === undefined ? dead : and(dead, eq(outbox.tenantId, tenantId)))
    .orderBy(desc(outbox.createdAt), desc(outbox.id));
}

/**
 * Puts a dead message back to pending, due `now`, with a fresh attempt budget (the last error stays for
 * reference); null when it does not exist, is not dead, or belongs to another tenant than `tenantId`.
 */
export async function retryDeadLetter(
  db: FestplatzPgDb,
  id: string,
  options: { tenantId?: string; now: Date },
): Promise<OutboxMessage | null> {
  const conditions = [eq(outbox.id, id), eq(outbox.status, 'dead')];
  if (options.tenantId !== undefined) conditions.push(eq(outbox.tenantId, options.tenantId));
  const [updated] = await db.orm
    .update(outbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: options.now })
    .where(and(...conditions))
    .returning();
  return updated ?? null;
}
