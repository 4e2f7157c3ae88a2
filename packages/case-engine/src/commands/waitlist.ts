import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, requireInteger } from './validate.ts';

/** Input of {@link waitlist}; `rank` is the place on the category's reserve list (1 = next to move up). */
export interface WaitlistCommand extends CaseCommand {
  rank?: number;
}

/** reviewed -> waitlisted (WAITLIST), for lifecycles with a reserve list (SEL-12). */
export async function waitlist(
  repo: Repository,
  cmd: WaitlistCommand,
): Promise<CommandResult<ApplicationRecord>> {
  if (cmd.rank !== undefined) {
    const bad = invalid(requireInteger(cmd.rank, '/rank', 1));
    if (bad) return bad;
  }
  return sendEvent(repo, cmd, 'WAITLIST', cmd.rank !== undefined ? { rank: cmd.rank } : {});
}
