import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { type CaseCommand, sendEvent } from './apply-event.ts';
import type { ApplicationRecord } from './records.ts';

/**
 * Staff start reviewing a submitted case (lifecycle event START_REVIEW). Errors: NOT_FOUND (also for another
 * tenant's case), TRANSITION_NOT_ALLOWED with the current state and allowed events, CONFLICT when
 * `expectedVersion` is given and stale.
 */
export async function startReview(
  repo: Repository,
  cmd: CaseCommand,
): Promise<CommandResult<ApplicationRecord>> {
  return sendEvent(repo, cmd, 'START_REVIEW');
}
