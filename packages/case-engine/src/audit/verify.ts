import type { FestplatzDb } from '../db.ts';
import { type AuditVerification, checkChains, type StoredChainEvent } from './check-chains.ts';

interface EventRow {
  application_id: string;
  seq: number;
  type: string;
  payload: string;
  actor_id: string | null;
  at: number;
  lifecycle: string;
  prev_hash: string | null;
  hash: string | null;
}

// A tampered payload may not even be JSON; it must then fail the hash check, not crash the verifier.
function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { $unparsableStoredPayload: text };
  }
}

function toChainEvent(row: EventRow): StoredChainEvent {
  return {
    applicationId: row.application_id,
    seq: row.seq,
    type: row.type,
    payload: parsePayload(row.payload),
    actorId: row.actor_id,
    at: new Date(row.at),
    lifecycle: row.lifecycle,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function* storedEvents(db: FestplatzDb): Generator<StoredChainEvent> {
  // Raw SQL + iterate() streams the rows (the log grows to 100,000s of events) in index order.
  const rows = db.sqlite
    .prepare(
      `SELECT application_id, seq, type, payload, actor_id, at, lifecycle, prev_hash, hash
       FROM application_events ORDER BY application_id, seq`,
    )
    .iterate() as IterableIterator<EventRow>;
  for (const row of rows) yield toChainEvent(row);
}

/**
 * Checks the hash chain of every case's event log (SEC-6) and reports, per broken case, the first broken
 * link: `{ applicationId, seq, reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' }`.
 */
export function verifyAuditChains(db: FestplatzDb): AuditVerification {
  return checkChains(storedEvents(db));
}
