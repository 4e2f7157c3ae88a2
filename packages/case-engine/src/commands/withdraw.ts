import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { invalid, optionalText } from './validate.ts';

/** Input of {@link withdraw} (staff, e.g. after a phone call) with the applicant's reason if any. */
export interface WithdrawCommand extends CaseCommand {
  reason?: string;
}

/** Any state before confirmed -> withdrawn (WITHDRAW), recorded by staff on the applicant's behalf. */
export async function withdraw(
  repo: Repository,
  cmd: WithdrawCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid(optionalText(cmd.reason, '/reason'));
  if (bad) return bad;
  return sendEvent(repo, cmd, 'WITHDRAW', { by: 'staff', ...(cmd.reason ? { reason: cmd.reason } : {}) });
}

/** Input of {@link withdrawByApplicant}: the applicant's own case, found by owner (others' cases: NOT_FOUND). */
export interface ApplicantWithdrawCommand {
  applicantId: string;
  applicationId: string;
  now: Date;
  reason?: string;
  expectedVersion?: number;
}

/** The applicant withdraws their own application (WITHDRAW, actor = applicant). */
export async function withdrawByApplicant(
  repo: Repository,
  cmd: ApplicantWithdrawCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid(optionalText(cmd.reason, '/reason'));
  if (bad) return bad;
  const own = await repo.findApplicantApplication(cmd.applicantId, cmd.applicationId);
  if (!own) return fail({ code: 'NOT_FOUND' });
  const caseCommand: CaseCommand = {
    tenantId: own.tenantId,
    applicationId: own.id,
    actorId: cmd.applicantId,
    now: cmd.now,
    ...(cmd.expectedVersion !== undefined ? { expectedVersion: cmd.expectedVersion } : {}),
  };
  return sendEvent(repo, caseCommand, 'WITHDRAW', {
    by: 'applicant',
    ...(cmd.reason ? { reason: cmd.reason } : {}),
  });
}
