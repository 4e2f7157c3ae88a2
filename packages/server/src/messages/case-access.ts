import type { ApplicationRecord, MessageSide, Repository } from '@festplatz/case-engine';
import type { SessionInfo } from '../env.ts';
import { FestplatzError } from '../errors/festplatz-error.ts';

/** Finds the case a thread request names, as the caller may see it; else throws NOT_FOUND. */
export type ThreadCaseFinder = (session: SessionInfo, id: string) => Promise<ApplicationRecord>;

// A draft has no thread: the office cannot see it (drafts are not handed in), so nobody could answer there.
const handedIn = (app: ApplicationRecord | null): app is ApplicationRecord => app?.submittedAt != null;

/**
 * The applicant's own handed-in case, or the case of one of the staff member's tenants. Someone else's id
 * answers 404 like an unknown one: existence is not revealed.
 */
export function threadCaseFinder(repo: Repository, side: MessageSide): ThreadCaseFinder {
  return async (session, id) => {
    if (side === 'applicant') {
      const own = await repo.findApplicantApplication(session.user.id, id);
      if (handedIn(own)) return own;
    } else {
      for (const tenantId of new Set(session.staffTenants.map((m) => m.tenantId))) {
        const app = await repo.findTenantApplication(tenantId, id);
        if (handedIn(app)) return app;
      }
    }
    throw new FestplatzError('NOT_FOUND');
  };
}

/** Ids of the handed-in cases whose threads the caller may read: their own, or their tenants'. */
export async function threadCaseIds(
  repo: Repository,
  side: MessageSide,
  session: SessionInfo,
): Promise<string[]> {
  const cases =
    side === 'applicant'
      ? await repo.listApplicantApplications(session.user.id)
      : (
          await Promise.all(
            [...new Set(session.staffTenants.map((m) => m.tenantId))].map((t) =>
              repo.listTenantApplications(t),
            ),
          )
        ).flat();
  return cases.filter(handedIn).map((app) => app.id);
}

/** Staff who answer in the office's name; reviewers and auditors read the thread but do not write in it. */
const WRITING_ROLES = new Set(['admin', 'clerk']);

/** Refuses (403) a staff member without a writing role in the case's tenant. Applicants write in their own. */
export function assertMayWrite(session: SessionInfo, side: MessageSide, app: ApplicationRecord): void {
  if (side === 'applicant') return;
  const mayWrite = session.staffTenants.some((m) => m.tenantId === app.tenantId && WRITING_ROLES.has(m.role));
  if (!mayWrite) throw new FestplatzError('FORBIDDEN');
}
