import type { Database, Statement } from 'better-sqlite3';
import { eventHash, GENESIS_HASH } from '../audit/event-hash.ts';
import type { FestplatzDb } from '../db.ts';

// Log entry types per lifecycle event: past tense, because the log records what happened. Unknown events
// (from newer statecharts) fall back to their lower-cased name, so adding an event needs no code here.
const LOG_TYPES: Readonly<Record<string, string>> = {
  SUBMIT: 'submitted',
  START_REVIEW: 'review_started',
};

/** The log entry type recorded for a lifecycle event (e.g. SUBMIT -> 'submitted'). */
export function logTypeOf(event: string): string {
  return LOG_TYPES[event] ?? event.toLowerCase();
}

/** An entry to append to a case's log. */
export interface NewLogEntry {
  applicationId: string;
  type: string;
  payload: unknown;
  actorId: string | null;
  at: Date;
  lifecycle: string;
}

/**
 * Appends an entry with the next sequence number, chained to the case's previous event (SEC-6: `prev_hash`
 * is the predecessor's hash, `hash` covers this entry's content and `prev_hash`, see audit/event-hash.ts).
 * Call inside the command's transaction, so the hash is computed under the same write lock as the append.
 */
export function appendEvent(db: FestplatzDb, entry: NewLogEntry): number {
  const sql = statementsOf(db);
  const last = sql.last.get(entry.applicationId) as { seq: number; hash: string | null } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  // Every stored row is sealed (openDatabase backfills old ones, a trigger refuses unsealed inserts).
  if (last && last.hash === null) {
    throw new Error(
      `case ${entry.applicationId}: event ${last.seq} has no hash; open the file with openDatabase`,
    );
  }
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = eventHash({ ...entry, seq, prevHash });
  // Stored as drizzle's column modes do it (json: JSON.stringify, timestamp_ms: epoch ms), so drizzle reads
  // the rows back unchanged; JSON.stringify gives the text whose parse canonicalises to the hashed payload.
  sql.insert.run(
    crypto.randomUUID(),
    entry.applicationId,
    seq,
    entry.type,
    JSON.stringify(entry.payload),
    entry.actorId,
    entry.at.getTime(),
    entry.lifecycle,
    prevHash,
    hash,
  );
  return seq;
}

// appendEvent is on the hot path of every command; prepared statements are cached per connection because
// preparing (and drizzle's query building) cost more than the append itself.
interface AppendStatements {
  last: Statement;
  insert: Statement;
}
const cache = new WeakMap<Database, AppendStatements>();

function statementsOf(db: FestplatzDb): AppendStatements {
  let statements = cache.get(db.sqlite);
  if (!statements) {
    statements = {
      last: db.sqlite.prepare(
        'SELECT seq, hash FROM application_events WHERE application_id = ? ORDER BY seq DESC LIMIT 1',
      ),
      insert: db.sqlite.prepare(
        `INSERT INTO application_events
           (id, application_id, seq, type, payload, actor_id, at, lifecycle, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    cache.set(db.sqlite, statements);
  }
  return statements;
}
