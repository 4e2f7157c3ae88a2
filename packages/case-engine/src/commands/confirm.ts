import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';

/** paid -> confirmed, or notified -> confirmed in lifecycles without payment (CONFIRM). */
export async function confirm(repo: Repository, cmd: CaseCommand): Promise<CommandResult<ApplicationRecord>> {
  return sendEvent(repo, cmd, 'CONFIRM');
}
