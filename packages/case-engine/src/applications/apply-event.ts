import { lifecycleStatechart } from '@festplatz/core';
import { changeOutbox } from '../actions/messages.ts';
import { allowedEvents, nextStep } from '../lifecycle.ts';
import type { NewOutboxMessage } from '../outbox/types.ts';
import type { Repository } from '../repository/types.ts';
import { type CommandError, type CommandResult, fail } from '../results.ts';
import { logTypeOf } from './event-log.ts';
import { pinnedEventType } from './pinned-event-type.ts';
import type { ApplicationRecord } from './records.ts';

/** The lifecycle-relevant columns of a case, as read before a change. */
export interface CaseRow {
  id: string;
  tenantId: string;
  state: string;
  snapshot: unknown;
  version: number;
  lifecycle: string;
  eventTypeHash: string;
}

/** A lifecycle event for {@link applyEvent}, with what the command adds to the log and the outbox. */
export interface CaseEvent {
  type: string;
  /** null: the system (a timer, the move-up), not a person. */
  actorId: string | null;
  now: Date;
  /** The command's log payload; guards read it too (e.g. REVOKE: now and paymentDue). */
  details?: Record<string, unknown>;
  /** The command's own side effects (e.g. a timer), written in the same change as the action messages. */
  outbox?: readonly NewOutboxMessage[];
}

/**
 * Decides a lifecycle event on a case read earlier as `row` with the pure lifecycle, then writes one atomic
 * change guarded by `row.version`: state and snapshot, the log entry, and the outbox (the command's messages
 * plus one per returned action). A stale `row` yields CONFLICT and changes nothing, so no update is lost.
 */
export async function applyEvent(
  repo: Repository,
  row: CaseRow,
  event: CaseEvent,
): Promise<CommandResult<ApplicationRecord>> {
  // lifecycleStatechart returns one frozen chart per template and options, so the machine cache keeps hitting.
  const statechart = lifecycleStatechart(await pinnedEventType(repo, row));
  const details = event.details ?? {};
  const next = nextStep(statechart, row.snapshot, { ...details, type: event.type });
  if (!next) {
    return fail({
      code: 'TRANSITION_NOT_ALLOWED',
      state: row.state,
      allowedEvents: allowedEvents(statechart, row.state),
    });
  }
  const transition = { event: event.type, from: row.state, to: next.state };
  // The command's messages belong to this case unless they name another owner.
  const own = (event.outbox ?? []).map((m) => ({ tenantId: row.tenantId, applicationId: row.id, ...m }));
  const outcome = await repo.changeCase({
    update: {
      id: row.id,
      expectedVersion: row.version,
      state: next.state,
      snapshot: next.snapshot,
      now: event.now,
    },
    event: {
      applicationId: row.id,
      type: logTypeOf(event.type),
      payload: { ...details, ...transition },
      actorId: event.actorId,
      at: event.now,
      lifecycle: row.lifecycle,
    },
    outbox: changeOutbox(own, next.actionNames, {
      tenantId: row.tenantId,
      applicationId: row.id,
      ...transition,
      version: row.version + 1,
      details,
    }),
  });
  if (!outcome.ok) return failedChange(outcome.currentVersion);
  const record = await repo.findTenantApplication(row.tenantId, row.id);
  if (!record) throw new Error(`case ${row.id} not readable after commit`);
  return { ok: true, value: record };
}

/** The error of a change the repository refused: NOT_FOUND (no such case) or CONFLICT at its current version. */
export function failedChange(currentVersion: number | null): { ok: false; error: CommandError } {
  return currentVersion === null
    ? fail({ code: 'NOT_FOUND' })
    : fail({ code: 'CONFLICT', version: currentVersion });
}

/** Input of a staff command on a case; `expectedVersion` is the version the client saw (optional). */
export interface CaseCommand {
  tenantId: string;
  applicationId: string;
  /** The acting user; null for the system (timers fire without a person, see src/timers). */
  actorId: string | null;
  now: Date;
  expectedVersion?: number;
}

/** A command's log payload, or a function of the case as loaded that reads what the payload needs. */
export type CommandDetails =
  | Record<string, unknown>
  | ((row: CaseRow) => Record<string, unknown> | Promise<Record<string, unknown>>);

/** A command's own outbox messages (e.g. a timer), built from the case as loaded (e.g. its version). */
export type CommandOutbox = (row: CaseRow) => readonly NewOutboxMessage[];

/**
 * Loads a case (tenant-scoped), checks the client's `expectedVersion` and applies one lifecycle event.
 * Reads that `details` makes (e.g. of the log) are consistent with the change, because the change only
 * commits if the case is still at the version loaded here. Errors: NOT_FOUND (also for another tenant's
 * case), CONFLICT (stale `expectedVersion`, or another change won the race), TRANSITION_NOT_ALLOWED.
 */
export async function sendEvent(
  repo: Repository,
  cmd: CaseCommand,
  type: string,
  details: CommandDetails = {},
  outbox?: CommandOutbox,
): Promise<CommandResult<ApplicationRecord>> {
  const row = await repo.loadCase(cmd.tenantId, cmd.applicationId);
  if (!row) return fail({ code: 'NOT_FOUND' });
  if (cmd.expectedVersion !== undefined && cmd.expectedVersion !== row.version) {
    return fail({ code: 'CONFLICT', version: row.version });
  }
  return applyEvent(repo, row, {
    type,
    actorId: cmd.actorId,
    now: cmd.now,
    details: typeof details === 'function' ? await details(row) : details,
    outbox: outbox?.(row),
  });
}
