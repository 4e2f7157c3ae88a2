import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import type { CommandResult } from '../results.ts';
import { invalid, optionalText } from './validate.ts';

/** Input of {@link admit}; `reason` (e.g. the selection run) goes into the log. */
export interface AdmitCommand extends CaseCommand {
  reason?: string;
}

/** reviewed -> admitted (ADMIT); the admission notice follows with issueNotice (BES-5: issued together). */
export function admit(db: FestplatzDb, cmd: AdmitCommand): CommandResult<ApplicationRecord> {
  const bad = invalid(optionalText(cmd.reason, '/reason'));
  if (bad) return bad;
  return sendEvent(db, cmd, 'ADMIT', cmd.reason ? { reason: cmd.reason } : {});
}
