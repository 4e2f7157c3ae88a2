import type { EventType } from '@festplatz/core';
import type { EditionRecord } from '../editions.ts';
import type { LifecycleStep } from '../lifecycle.ts';
import type { CaseContent, NewCase, NewLogEntry } from '../repository/types.ts';

// A case is born by a submission or by a first draft save; both pin the same things and log 'created'.

/** Who starts a case in which edition under which bundle, and when. */
export interface CaseOrigin {
  edition: EditionRecord;
  /** The bundle the edition pins (the repository's shared object, see pinned-event-type.ts). */
  eventType: EventType;
  applicantId: string;
  now: Date;
}

/** `id@version` of the lifecycle a new case runs under for good (old cases keep theirs). */
export function lifecycleOf(eventType: EventType): string {
  return `${eventType.lifecycle.template}@${eventType.lifecycle.version}`;
}

/** The first log entry of every case: its initial state and the bundle it pins. */
export function createdEntry(origin: CaseOrigin, initial: LifecycleStep): Omit<NewLogEntry, 'applicationId'> {
  const { edition, eventType } = origin;
  return {
    type: 'created',
    payload: {
      state: initial.state,
      editionId: edition.edition.id,
      eventType: { id: eventType.id, version: eventType.version, hash: edition.eventTypeHash },
    },
    actorId: origin.applicantId,
    at: origin.now,
    lifecycle: lifecycleOf(eventType),
  };
}

/**
 * The row of a new case in `step` with `content` (its `submittedAt` and `idempotencyKey` too, when set);
 * `version` = the number of log entries written with it.
 */
export function newCaseRow(
  origin: CaseOrigin,
  row: { id: string; step: LifecycleStep; content: CaseContent; version: number },
): NewCase {
  const { edition } = origin;
  const { content } = row;
  return {
    id: row.id,
    tenantId: edition.tenantId,
    editionId: edition.edition.id,
    applicantId: origin.applicantId,
    state: row.step.state,
    snapshot: row.step.snapshot,
    data: content.data,
    applicantName: content.applicantName,
    companyName: content.companyName,
    categoryId: content.categoryId,
    lifecycle: lifecycleOf(origin.eventType),
    eventTypeHash: edition.eventTypeHash,
    submittedAt: content.submittedAt ?? null,
    dataHash: content.dataHash,
    idempotencyKey: content.idempotencyKey ?? null,
    version: row.version,
    now: origin.now,
  };
}
