import { eventHash, GENESIS_HASH, type HashedEventContent } from './event-hash.ts';

/** A stored event as the verifier reads it; the hashes are null only on rows never sealed. */
export interface StoredChainEvent extends Omit<HashedEventContent, 'prevHash'> {
  prevHash: string | null;
  hash: string | null;
}

/** Why a link of a chain is broken (stable codes; the CLI looks up their texts in its catalog). */
export type AuditBreakReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap';

/** The first broken link of one case's chain: the event (by seq) where verification failed. */
export interface AuditBreak {
  applicationId: string;
  seq: number;
  reason: AuditBreakReason;
  /** For seq_gap: the seq that should have come here. */
  expectedSeq?: number;
}

/** Outcome of a verification run over every case. */
export interface AuditVerification {
  ok: boolean;
  cases: number;
  events: number;
  /** One entry per broken case (its first broken link), in application id order. */
  broken: AuditBreak[];
}

/**
 * Pure chain check over events sorted by (applicationId, seq); a dialect only has to stream its rows in that
 * order. Per event: seq must follow (1, 2, ...), prev_hash must equal the predecessor's stored hash, and the
 * stored hash must equal the recomputed one. The order matters: an attacker who edits an event AND recomputes
 * its hash is caught at the next event's prev_hash; one who only edits content is caught at that event.
 */
export function checkChains(events: Iterable<StoredChainEvent>): AuditVerification {
  const broken: AuditBreak[] = [];
  let cases = 0;
  let count = 0;
  let current: string | null = null;
  let done = false;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const event of events) {
    count++;
    if (event.applicationId !== current) {
      current = event.applicationId;
      cases++;
      done = false;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
    }
    if (done) continue;
    const found = firstProblem(event, expectedSeq, prevHash);
    if (found) {
      broken.push({ applicationId: event.applicationId, seq: event.seq, ...found });
      done = true;
      continue;
    }
    expectedSeq++;
    prevHash = event.hash as string;
  }
  return { ok: broken.length === 0, cases, events: count, broken };
}

function firstProblem(
  event: StoredChainEvent,
  expectedSeq: number,
  prevHash: string,
): Pick<AuditBreak, 'reason' | 'expectedSeq'> | null {
  if (event.seq !== expectedSeq) return { reason: 'seq_gap', expectedSeq };
  if (event.prevHash !== prevHash) return { reason: 'prev_hash_mismatch' };
  if (event.hash === null || event.hash !== eventHash({ ...event, prevHash })) {
    return { reason: 'hash_mismatch' };
  }
  return null;
}
