import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import type { CommandResult } from '../results.ts';
import { invalid, requireText } from './validate.ts';

/** Input of {@link moveUp}: SEL-12 requires the log to say why the place became free. */
export interface MoveUpCommand extends CaseCommand {
  reason: string;
}

/** waitlisted -> admitted (MOVE_UP); the new admission notice follows with issueNotice (SEL-12). */
export function moveUp(db: FestplatzDb, cmd: MoveUpCommand): CommandResult<ApplicationRecord> {
  const bad = invalid(requireText(cmd.reason, '/reason'));
  if (bad) return bad;
  return sendEvent(db, cmd, 'MOVE_UP', { reason: cmd.reason });
}
