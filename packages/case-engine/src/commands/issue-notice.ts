import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';

// Which notice a state's ISSUE_NOTICE issues; the issueNotice action renders it after commit.
const NOTICE_KINDS: Readonly<Record<string, string>> = {
  admitted: 'admission',
  waitlisted: 'waitlist',
  rejected: 'rejection',
};

/**
 * ISSUE_NOTICE: admitted -> notified, or the reserve-list / rejection notice with the state kept
 * (BES-1, BES-5). The log records which kind of notice was issued.
 */
export function issueNotice(repo: Repository, cmd: CaseCommand): Promise<CommandResult<ApplicationRecord>> {
  return sendEvent(repo, cmd, 'ISSUE_NOTICE', (row) => {
    const kind = NOTICE_KINDS[row.state];
    return kind ? { notice: kind } : {};
  });
}
