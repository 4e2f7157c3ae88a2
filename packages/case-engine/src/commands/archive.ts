import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';

/** confirmed | rejected | waitlisted | withdrawn | revoked -> archived (ARCHIVE), the final state. */
export async function archive(repo: Repository, cmd: CaseCommand): Promise<CommandResult<ApplicationRecord>> {
  return sendEvent(repo, cmd, 'ARCHIVE');
}
