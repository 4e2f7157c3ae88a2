import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, requireText } from './validate.ts';

/** Input of {@link moveUp}: SEL-12 requires the log to say why the place became free. */
export interface MoveUpCommand extends CaseCommand {
  reason: string;
  /**
   * The change that freed the place, when the system moves up (lifecycle.moveUpFromWaitlist). Logged with
   * the reason, so a redelivered message finds the move it already made instead of admitting a second case.
   */
  freedBy?: { applicationId: string; version: number };
}

/** waitlisted -> admitted (MOVE_UP); the new admission notice follows with issueNotice (SEL-12). */
export async function moveUp(
  repo: Repository,
  cmd: MoveUpCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid(requireText(cmd.reason, '/reason'));
  if (bad) return bad;
  return sendEvent(repo, cmd, 'MOVE_UP', {
    reason: cmd.reason,
    ...(cmd.freedBy ? { freedBy: cmd.freedBy } : {}),
  });
}
