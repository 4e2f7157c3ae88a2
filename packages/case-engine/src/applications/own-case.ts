import { lifecycleStatechart } from '@festplatz/core';
import { allowedEvents } from '../lifecycle.ts';
import type { CaseState, Repository } from '../repository/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { initialStepOf } from './initial-step.ts';
import { pinnedEventType } from './pinned-event-type.ts';
import type { ApplicationRecord } from './records.ts';

/** The applicant's case as just written; throws when it is not readable (a broken invariant after a commit). */
export async function readOwnCase(
  repo: Repository,
  applicantId: string,
  id: string,
): Promise<ApplicationRecord> {
  const record = await repo.findApplicantApplication(applicantId, id);
  if (!record) throw new Error(`case ${id} of applicant ${applicantId} not readable after commit`);
  return record;
}

/**
 * The lifecycle columns of the applicant's own draft of this edition. NOT_FOUND for a missing case,
 * another applicant's or another edition's; TRANSITION_NOT_ALLOWED when it has left its lifecycle's initial
 * state (drafts are changed and submitted only there).
 */
export async function loadOwnDraft(
  repo: Repository,
  ref: { applicantId: string; applicationId: string; editionId: string },
): Promise<CommandResult<CaseState>> {
  const record = await repo.findApplicantApplication(ref.applicantId, ref.applicationId);
  if (!record || record.editionId !== ref.editionId) return fail({ code: 'NOT_FOUND' });
  const row = await repo.loadCase(record.tenantId, record.id);
  if (!row) return fail({ code: 'NOT_FOUND' });
  const statechart = lifecycleStatechart(await pinnedEventType(repo, row));
  if (row.state !== initialStepOf(statechart).state) {
    return fail({
      code: 'TRANSITION_NOT_ALLOWED',
      state: row.state,
      allowedEvents: allowedEvents(statechart, row.state),
    });
  }
  return { ok: true, value: row };
}
