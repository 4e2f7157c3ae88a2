import { type CaseCommand, sendEvent } from '../applications/apply-event.ts';
import type { ApplicationRecord } from '../applications/records.ts';
import type { Repository } from '../repository/types.ts';
import type { CommandResult } from '../results.ts';
import { invalid, optionalText, requireOneOf } from './validate.ts';

/** GEW-3: the typed grounds of a rejection (§ 70 Abs. 2, § 70 Abs. 3, § 70a GewO, formal defects). */
export const REJECTION_GROUNDS = [
  'group_restriction_70_2',
  'space_70_3',
  'unreliable_70a',
  'formal',
] as const;

/** A rejection ground (GEW-3). */
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];

/** Input of {@link reject}: the ground is required (GEW-3), `reason` explains it for the notice. */
export interface RejectCommand extends CaseCommand {
  ground: RejectionGround;
  reason?: string;
}

/**
 * in_review | documents_requested | reviewed -> rejected (REJECT). GEW-3: a rejection without one of the
 * four grounds is a VALIDATION_FAILED value and changes nothing.
 */
export async function reject(
  repo: Repository,
  cmd: RejectCommand,
): Promise<CommandResult<ApplicationRecord>> {
  const bad = invalid([
    ...requireOneOf(cmd.ground, '/ground', REJECTION_GROUNDS),
    ...optionalText(cmd.reason, '/reason'),
  ]);
  if (bad) return bad;
  return sendEvent(
    repo,
    cmd,
    'REJECT',
    cmd.reason ? { ground: cmd.ground, reason: cmd.reason } : { ground: cmd.ground },
  );
}
