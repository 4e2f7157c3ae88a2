import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import { type ApplicationRecord, findTenantApplication } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import { type CommandResult, fail } from '../results.ts';

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
export function issueNotice(db: FestplatzDb, cmd: CaseCommand): CommandResult<ApplicationRecord> {
  const current = findTenantApplication(db, cmd.tenantId, cmd.applicationId);
  if (!current) return fail({ code: 'NOT_FOUND' });
  const kind = NOTICE_KINDS[current.state];
  return sendEvent(db, cmd, 'ISSUE_NOTICE', kind ? { notice: kind } : {});
}
