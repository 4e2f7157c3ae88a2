import { createHash } from 'node:crypto';
import { canonicalJson } from '@festplatz/core';

/** `prev_hash` of the first event of every case: there is no predecessor, so a fixed value stands in. */
export const GENESIS_HASH = '0'.repeat(64);

/** The content of one event that the hash covers (everything an auditor relies on, SEC-6). */
export interface HashedEventContent {
  applicationId: string;
  seq: number;
  type: string;
  payload: unknown;
  actorId: string | null;
  at: Date;
  /** `id@version` of the lifecycle the case ran under when the event happened. */
  lifecycle: string;
  prevHash: string;
}

/**
 * sha-256 (hex) over the canonical JSON of an event's content and its predecessor's hash. `v` versions the
 * serialisation so a future change can be told apart; `at` is an ISO instant so the value is readable and
 * does not depend on how a dialect stores time. PostgreSQL must hash exactly the same object.
 */
export function eventHash(event: HashedEventContent): string {
  const canonical = canonicalJson({
    v: 1,
    applicationId: event.applicationId,
    seq: event.seq,
    type: event.type,
    payload: event.payload,
    actorId: event.actorId,
    at: event.at.toISOString(),
    lifecycle: event.lifecycle,
    prevHash: event.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
