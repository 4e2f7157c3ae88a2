import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, optionalText } from './validate.ts';

/** Input of {@link admit}; `reason` (e.g. the selection run) goes into the log. */
export interface AdmitCommand extends CaseCommand {
  reason?: string;
}

/** reviewed -> admitted (ADMIT); the admission notice follows with issueNotice (BES-5: issued together). */
export async function admit(repo: Repository, cmd: AdmitCommand): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid(optionalText(cmd.reason, '/reason'));
  if (bad) return bad;
  return sendEvent(repo, cmd, 'ADMIT', cmd.reason ? { reason: cmd.reason } : {});
}
