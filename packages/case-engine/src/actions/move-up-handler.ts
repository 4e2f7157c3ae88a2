import type { ApplicationRecord } from '../applications/records.ts';
import { moveUp } from '../commands/move-up.ts';
import type { OutboxHandler } from '../outbox/types.ts';
import type { Repository } from '../repository/types.ts';
import { type LifecycleActionPayload, parseLifecycleActionPayload } from './messages.ts';

// SEL-12: when an admitted business leaves (withdrawn, revoked), the best-ranked business on the reserve
// list of the same edition and category moves up, and the log says why.

interface LogEntry {
  payload: unknown;
}

function payloadOf(entry: LogEntry): Record<string, unknown> {
  return typeof entry.payload === 'object' && entry.payload !== null
    ? (entry.payload as Record<string, unknown>)
    : {};
}

/** The rank of the case's latest WAITLIST entry; null when it was waitlisted without one. */
function waitlistRank(log: readonly LogEntry[]): number | null {
  const entry = log.findLast((e) => payloadOf(e).event === 'WAITLIST');
  const rank = entry ? payloadOf(entry).rank : undefined;
  return typeof rank === 'number' ? rank : null;
}

interface Candidate {
  record: ApplicationRecord;
  rank: number | null;
}

function order<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const LAST = Number.POSITIVE_INFINITY;

/** Lowest rank first, cases without rank after them; then the earliest submission, then the id. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    order(a.rank ?? LAST, b.rank ?? LAST) ||
    order(a.record.submittedAt?.getTime() ?? LAST, b.record.submittedAt?.getTime() ?? LAST) ||
    order(a.record.id, b.record.id)
  );
}

/** Whether one of `cases` was already moved up for this freed place (a redelivered message). */
async function alreadyMovedUp(
  repo: Repository,
  cases: readonly ApplicationRecord[],
  freed: LifecycleActionPayload,
): Promise<boolean> {
  for (const record of cases) {
    for (const entry of await repo.applicationEvents(record.id)) {
      const { event, freedBy } = payloadOf(entry) as { event?: unknown; freedBy?: Record<string, unknown> };
      if (
        event === 'MOVE_UP' &&
        freedBy?.applicationId === freed.applicationId &&
        freedBy.version === freed.version
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Handler of `lifecycle.moveUpFromWaitlist`: moves the best waitlisted case of the freed case's edition and
 * category up (MOVE_UP as the system, actor null), with a reason naming the freed case. Nothing waiting:
 * done. Delivery is at least once, so a move already made for this freed place is not made again. A refused
 * or conflicting MOVE_UP (the chosen case moved meanwhile) throws, and the retry chooses afresh.
 */
export function moveUpFromWaitlistHandler(repo: Repository, now: () => Date): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    const freed = parseLifecycleActionPayload(payload);
    if (!freed) throw new Error(`${dedupeKey}: payload is not a lifecycle action payload`);
    const freedCase = await repo.findTenantApplication(freed.tenantId, freed.applicationId);
    if (!freedCase) throw new Error(`${dedupeKey}: the freed case ${freed.applicationId} is missing`);
    const sameList = (await repo.listTenantApplications(freed.tenantId)).filter(
      (r) =>
        r.id !== freedCase.id && r.editionId === freedCase.editionId && r.categoryId === freedCase.categoryId,
    );
    const waiting = sameList.filter((r) => r.state === 'waitlisted');
    if (waiting.length === 0) return;
    const others = sameList.filter((r) => r.state !== 'waitlisted');
    if (await alreadyMovedUp(repo, others, freed)) return;
    const ranked: Candidate[] = await Promise.all(
      waiting.map(async (record) => ({
        record,
        rank: waitlistRank(await repo.applicationEvents(record.id)),
      })),
    );
    const next = ranked.sort(compareCandidates)[0]?.record as ApplicationRecord;
    const result = await moveUp(repo, {
      tenantId: freed.tenantId,
      applicationId: next.id,
      actorId: null,
      now: now(),
      reason: `Place freed by case ${freed.applicationId} (${freed.event}: ${freed.from} -> ${freed.to})`,
      freedBy: { applicationId: freed.applicationId, version: freed.version },
    });
    if (!result.ok)
      throw new Error(`${dedupeKey}: MOVE_UP of case ${next.id} failed with ${result.error.code}`);
  };
}
