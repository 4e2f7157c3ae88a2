import { and, desc, eq } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { outbox } from '../sqlite/schema.ts';
import type { OutboxMessage } from './types.ts';

/** Dead outbox messages (delivery gave up), newest first; only one tenant's when `tenantId` is given. */
export function listDeadLetters(db: FestplatzDb, tenantId?: string): OutboxMessage[] {
  const dead = eq(outbox.status, 'dead');
  return db.orm
    .select()
    .from(outbox)
    .where(tenantId === undefined ? dead : and(dead, eq(outbox.tenantId, tenantId)))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .all();
}

/**
 * Puts a dead message back to pending, due `now`, with a fresh attempt budget (the last error stays for
 * reference). null when it does not exist, is not dead, or belongs to another tenant than `tenantId`.
 */
export function retryDeadLetter(
  db: FestplatzDb,
  id: string,
  options: { tenantId?: string; now: Date },
): OutboxMessage | null {
  const conditions = [eq(outbox.id, id), eq(outbox.status, 'dead')];
  if (options.tenantId !== undefined) conditions.push(eq(outbox.tenantId, options.tenantId));
  const updated = db.orm
    .update(outbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: options.now })
    .where(and(...conditions))
    .returning()
    .get();
  return updated ?? null;
}
