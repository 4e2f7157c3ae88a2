import type { FestplatzDb } from '../db.ts';
import { outbox } from '../sqlite/schema.ts';
import type { NewOutboxMessage } from './types.ts';

/**
 * Writes outbox messages, due at `now`; call inside the command's transaction so a message exists exactly
 * when the command committed. A dedupe key that is already stored is skipped (a retried command does not
 * send twice). Returns how many messages were new.
 */
export function enqueueOutbox(db: FestplatzDb, messages: readonly NewOutboxMessage[], now: Date): number {
  let inserted = 0;
  for (const message of messages) {
    const result = db.orm
      .insert(outbox)
      .values({
        dedupeKey: message.dedupeKey,
        handler: message.handler,
        payload: message.payload,
        tenantId: message.tenantId ?? null,
        applicationId: message.applicationId ?? null,
        nextAttemptAt: now,
        createdAt: now,
      })
      .onConflictDoNothing({ target: outbox.dedupeKey })
      .run();
    inserted += result.changes;
  }
  return inserted;
}
