import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import type { CommandResult } from '../results.ts';

/** confirmed | rejected | waitlisted | withdrawn | revoked -> archived (ARCHIVE), the final state. */
export function archive(db: FestplatzDb, cmd: CaseCommand): CommandResult<ApplicationRecord> {
  return sendEvent(db, cmd, 'ARCHIVE');
}
