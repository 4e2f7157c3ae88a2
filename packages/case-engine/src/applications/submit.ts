import { lifecycleStatechart, validateApplicationData } from '@festplatz/core';
import type { EditionRecord } from '../editions.ts';
import type { Repository } from '../repository/types.ts';
import { fail, type SubmitResult } from '../results.ts';
import { caseContent } from './case-content.ts';
import { afterLostRace, idempotencyKeyIssues, replayOf } from './idempotency.ts';
import { initialStepOf } from './initial-step.ts';
import { createdEntry, newCaseRow } from './new-case.ts';
import { periodRefusal } from './period.ts';
import { pinnedEventType } from './pinned-event-type.ts';
import type { ApplicationRecord } from './records.ts';
import { type SubmissionCircumstances, submission } from './submission.ts';
import { submitDraft } from './submit-draft.ts';

/** Input of {@link submitApplication}; `now` is the server's clock (DATE-1: server-side timestamp decides). */
export interface SubmitApplicationCommand {
  editionId: string;
  applicantId: string;
  data: unknown;
  now: Date;
  /** The client's key of this request (1..200 printable ASCII): a retry with the same key is answered, not stored twice. */
  idempotencyKey?: string;
  /** Submits this draft of the applicant (see saveDraft) instead of creating a new case. */
  applicationId?: string;
  /** Recorded with the submission (sign-in level, company, Art. 13 version, consents). */
  circumstances?: SubmissionCircumstances;
}

/**
 * Submits an application: checks the period (DATE-1) and the data against the pinned form schema, then in
 * one atomic write moves the case through SUBMIT (event 'submitted' with the data hash) and enqueues the
 * receipt mail (outbox `mail.receipt`, dedupe key `receipt:<id>`) with any other action SUBMIT returns. A new
 * case is created in the lifecycle's initial state first (event 'created'); with `applicationId` the
 * applicant's draft is submitted instead (see submit-draft.ts). With an `idempotencyKey` the applicant has
 * used before, nothing is written: the stored case is replayed (same data) or IDEMPOTENCY_KEY_REUSED (other
 * data). On any error nothing is stored.
 */
export async function submitApplication(
  repo: Repository,
  cmd: SubmitApplicationCommand,
): Promise<SubmitResult> {
  const keyIssues = idempotencyKeyIssues(cmd.idempotencyKey);
  if (keyIssues.length > 0) return fail({ code: 'VALIDATION_FAILED', issues: keyIssues });
  // A retry is answered before anything else is checked: the period may have closed since the first try.
  const replay = await replayOf(repo, cmd);
  if (replay) return replay;
  const edition = await repo.findEdition(cmd.editionId);
  if (!edition) return fail({ code: 'NOT_FOUND' });
  const { applicationId } = cmd;
  return applicationId === undefined
    ? submitNew(repo, cmd, edition)
    : submitDraft(repo, { ...cmd, applicationId }, edition);
}

async function submitNew(
  repo: Repository,
  cmd: SubmitApplicationCommand,
  edition: EditionRecord,
): Promise<SubmitResult> {
  // The repository's one object for this bundle (see pinned-event-type.ts), not the copy the edition came
  // with: core caches the validator compiled from a form schema per schema object, and a dialect that reads
  // a fresh copy per call would recompile it for every submission (~40 ms for the Soest form).
  const eventType = await pinnedEventType(repo, edition);
  const closed = periodRefusal(edition.edition, cmd.now, 'submission');
  if (closed) return fail(closed);
  const issues = validateApplicationData(eventType, cmd.data);
  if (issues.length > 0) return fail({ code: 'VALIDATION_FAILED', issues });

  const applicant = await repo.findUserById(cmd.applicantId);
  if (!applicant) {
    throw new Error(`submitApplication: applicant ${cmd.applicantId} does not exist; call ensureUser first`);
  }
  const statechart = lifecycleStatechart(eventType);
  const initial = initialStepOf(statechart);
  const origin = { edition, eventType, applicantId: cmd.applicantId, now: cmd.now };
  const content = {
    ...caseContent(eventType, cmd.data),
    submittedAt: cmd.now,
    idempotencyKey: cmd.idempotencyKey,
  };
  const id = crypto.randomUUID();
  // version = number of log entries ('created', 'submitted'), so a reader can tell how far a case has moved.
  const version = 2;
  const submitted = submission({
    statechart,
    from: initial,
    edition: edition.edition,
    tenantId: edition.tenantId,
    applicationId: id,
    applicantId: cmd.applicantId,
    lifecycle: createdEntry(origin, initial).lifecycle,
    dataHash: content.dataHash,
    version,
    now: cmd.now,
    ...(cmd.circumstances ? { circumstances: cmd.circumstances } : {}),
  });
  if (!submitted.ok) return submitted;
  const row = newCaseRow(origin, { id, step: submitted.value.step, content, version });
  const outcome = await repo.createCase({
    case: row,
    events: [createdEntry(origin, initial), submitted.value.event],
    outbox: submitted.value.outbox,
  });
  if (!outcome.ok) return afterLostRace(repo, cmd);

  // Built from what was written rather than read back: submit is the hot path (issue 4 benchmark).
  const record: ApplicationRecord = {
    id,
    tenantId: row.tenantId,
    editionId: row.editionId,
    applicantId: row.applicantId,
    applicantEmail: applicant.email,
    state: row.state,
    data: row.data,
    applicantName: row.applicantName,
    companyName: row.companyName,
    categoryId: row.categoryId,
    submittedAt: cmd.now,
    version,
    lifecycle: row.lifecycle,
    eventTypeHash: row.eventTypeHash,
  };
  return { ok: true, value: record, replayed: false };
}
