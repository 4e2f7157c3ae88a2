import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, requireText } from './validate.ts';

/** Input of {@link recordScore}: one criterion's points with the written justification (SEL-3). */
export interface RecordScoreCommand extends CaseCommand {
  criterionId: string;
  points: number;
  justification: string;
}

/**
 * RECORD_SCORE, a transition to the same state (in_review or reviewed): the score lives in the log entry's
 * payload, where the selection (a later issue) reads it. SEL-3: a score without justification is refused.
 * Checking points against the bundle's scale and criteria comes with the selection.
 */
export async function recordScore(
  repo: Repository,
  cmd: RecordScoreCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const points =
    typeof cmd.points === 'number' && Number.isFinite(cmd.points) && cmd.points >= 0
      ? []
      : [{ path: '/points', code: 'minimum', params: { limit: 0 } }];
  const bad = invalid([
    ...requireText(cmd.criterionId, '/criterionId'),
    ...points,
    ...requireText(cmd.justification, '/justification'),
  ]);
  if (bad) return bad;
  return sendEvent(repo, cmd, 'RECORD_SCORE', {
    criterionId: cmd.criterionId,
    points: cmd.points,
    justification: cmd.justification,
  });
}
