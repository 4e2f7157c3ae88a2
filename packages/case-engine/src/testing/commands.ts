import type { ApplicationRecord } from '../applications/records.ts';
import { startReview } from '../applications/start-review.ts';
import { submitApplication } from '../applications/submit.ts';
import { completeReview } from '../commands/complete-review.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { DURING_PERIOD, validData } from './fixtures.ts';
import type { Seeded } from './seed.ts';

/** The value of a command that must succeed in a test's setup; throws with the error otherwise. */
export async function ok<T>(result: CommandResult<T> | Promise<CommandResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`setup: command failed with ${JSON.stringify(settled.error)}`);
  return settled.value;
}

/** Submits valid data for the seeded applicant (or `applicantId`) during the period. */
export function submitValid(
  repo: Repository,
  s: Seeded,
  options: { applicantId?: string; now?: Date } = {},
): Promise<ApplicationRecord> {
  return ok(
    submitApplication(repo, {
      editionId: s.editionId,
      applicantId: options.applicantId ?? s.applicant.id,
      data: validData(),
      now: options.now ?? DURING_PERIOD,
    }),
  );
}

/** A case of a new applicant (`email`), submitted, reviewed and ready for a decision (ADMIT, WAITLIST, ...). */
export async function reviewedCase(
  repo: Repository,
  s: Seeded,
  email: string,
  options: { editionId?: string; submittedAt?: Date } = {},
): Promise<ApplicationRecord> {
  const applicant = await repo.ensureUser(email);
  const edition = { ...s, editionId: options.editionId ?? s.editionId };
  const submitted = await submitValid(repo, edition, { applicantId: applicant.id, now: options.submittedAt });
  const cmd = { tenantId: s.tenantId, applicationId: submitted.id, actorId: s.clerk.id, now: DURING_PERIOD };
  await ok(startReview(repo, cmd));
  return ok(completeReview(repo, { ...cmd, documents: [] }));
}
