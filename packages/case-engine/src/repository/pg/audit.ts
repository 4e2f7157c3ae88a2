import { asc, gt, inArray } from 'drizzle-orm';
import { type AuditVerification, checkChains } from '../../audit/check-chains.ts';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { applicationEvents, applications } from '../../pg/schema.ts';

// Cases per page: the log grows to 100,000s of events, so it is read a page of whole cases at a time.
const CASES_PER_PAGE = 500;

/**
 * Checks the hash chain of every case's event log (SEC-6) with the shared `checkChains`, reporting per broken
 * case the first broken link. Pages go by case id (keyset on the primary key), and every page holds whole
 * cases, so checking page by page gives the same result as one pass over all events in (case, seq) order.
 * jsonb always holds valid JSON, so a tampered payload reads back as a value and fails the hash check.
 */
export async function verifyAuditChains(db: FestplatzPgDb): Promise<AuditVerification> {
  const total: AuditVerification = { ok: true, cases: 0, events: 0, broken: [] };
  let after: string | undefined;
  for (;;) {
    const page = await db.orm
      .select({ id: applications.id })
      .from(applications)
      .where(after === undefined ? undefined : gt(applications.id, after))
      .orderBy(asc(applications.id))
      .limit(CASES_PER_PAGE);
    if (page.length === 0) return total;
    after = page.at(-1)?.id;
    const events = await db.orm
      .select({
        applicationId: applicationEvents.applicationId,
        seq: applicationEvents.seq,
        type: applicationEvents.type,
        payload: applicationEvents.payload,
        actorId: applicationEvents.actorId,
        at: applicationEvents.at,
        lifecycle: applicationEvents.lifecycle,
        prevHash: applicationEvents.prevHash,
        hash: applicationEvents.hash,
      })
      .from(applicationEvents)
      .where(
        inArray(
          applicationEvents.applicationId,
          page.map((c) => c.id),
        ),
      )
      .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq));
    const checked = checkChains(events);
    total.ok &&= checked.ok;
    total.cases += checked.cases;
    total.events += checked.events;
    total.broken.push(...checked.broken);
    if (page.length < CASES_PER_PAGE) return total;
  }
}
