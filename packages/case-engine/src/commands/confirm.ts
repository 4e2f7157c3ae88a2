import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import type { CommandResult } from '../results.ts';

/** paid -> confirmed, or notified -> confirmed in lifecycles without payment (CONFIRM). */
export function confirm(db: FestplatzDb, cmd: CaseCommand): CommandResult<ApplicationRecord> {
  return sendEvent(db, cmd, 'CONFIRM');
}
