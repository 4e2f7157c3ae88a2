import type { FestplatzDb } from '../db.ts';
import { prepared } from '../sqlite/prepared.ts';
import type { NewOutboxMessage } from './types.ts';

/**
 * Writes outbox messages, due at `now` (or at their own `dueAt`, for timers); call inside the command's
 * transaction so a message exists exactly when the command committed. A dedupe key that is already stored
 * is skipped (a retried command does not send twice). Returns how many messages were new.
 */
export function enqueueOutbox(db: FestplatzDb, messages: readonly NewOutboxMessage[], now: Date): number {
  // Every command with side effects comes through here, so the statement is prepared once (status and
  // attempts take their column defaults, as with drizzle); values are encoded as drizzle's column modes do.
  const insert = prepared(
    db,
    `INSERT INTO outbox (id, dedupe_key, handler, payload, tenant_id, application_id, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  let inserted = 0;
  for (const message of messages) {
    const result = insert.run(
      crypto.randomUUID(),
      message.dedupeKey,
      message.handler,
      JSON.stringify(message.payload),
      message.tenantId ?? null,
      message.applicationId ?? null,
      (message.dueAt ?? now).getTime(),
      now.getTime(),
    );
    inserted += result.changes;
  }
  return inserted;
}
